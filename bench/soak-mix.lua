-- The soak's mixed reads: nine in ten are the dashboard's and journalists' usual requests (answered
-- from memory once asked), one in ten an uncached random query from random-mix.lua. Each connection
-- waits SOAK_THINK_MS (20) between requests, as readers do: the soak offers a steady load well under
-- the service's capacity, so that its latency is the service's, not the queue of a saturating client
-- (bench/run.sh measures saturation).
dofile("bench/random-mix.lua")

local think = tonumber(os.getenv("SOAK_THINK_MS") or "20")
delay = function() return think end

local uncached = request
local usual = {
  "/api/v1/summary",
  "/api/v1/regional-rates",
  "/api/v1/regional-rates?parent=13",
  "/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate",
  "/api/v1/observations?metric=cards-issued&level=municipality&limit=100",
  "/api/v1/observations?metric=cards-issued&area=13&date=2022-12-31",
  "/api/v1/regional-rates?level=municipality&date=2022-12-31&format=csv",
  "/api/v1/releases",
  "/api/v1/metrics",
}
local next_usual = 0

request = function()
  if math.random(10) == 1 then return uncached() end
  next_usual = next_usual % #usual + 1
  return wrk.format("GET", usual[next_usual])
end
