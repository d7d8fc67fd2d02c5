-- Uncached traffic: random municipalities, prefectures and dates over three query shapes. Each request
-- also carries a unique "nonce" parameter (the API ignores it, the answer cache keys on it), so that no
-- request is ever answered from memory, even when the same area and date come up again.
dofile("bench/report.lua")

local areas, dates = {}, {}
local sent = 0

local function lines(path, into)
  for line in io.lines(path) do if #line > 0 then into[#into + 1] = line end end
end

init = function(args)
  lines(args[1], areas)
  lines(args[2], dates)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end

request = function()
  local area = areas[math.random(#areas)]
  local date = dates[math.random(#dates)]
  local shape = math.random(3)
  local path
  if shape == 1 then
    path = "/api/v1/areas/" .. area .. "/series?metric=cards-issued-rate&to=" .. date
  elseif shape == 2 then
    path = "/api/v1/regional-rates?parent=" .. area:sub(1, 2) .. "&date=" .. date
  else
    path = "/api/v1/observations?metric=cards-issued,cards-issued-rate&area=" .. area .. "&date=" .. date
  end
  sent = sent + 1
  return wrk.format("GET", path .. "&nonce=" .. sent .. "-" .. math.random(1e9))
end
