// Validates a Teams app manifest against Microsoft's own JSON schema for its manifestVersion, as shipped in
// @microsoft/app-manifest (the schemas are in the package: no download), with ajv. Reads the manifest as JSON on stdin;
// writes {"schema": "<file>", "errors": [...]} (errors empty when valid). Exit code 0 either way; 2 when no schema fits.
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const manifest = JSON.parse(input);
  const root = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaFile = path.join(root, "build", "json-schemas", "teams", `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaFile)) {
    process.stdout.write(JSON.stringify({ schema: schemaFile, errors: [`no schema for manifestVersion ${manifest.manifestVersion}`] }));
    process.exit(2);
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const valid = validate(manifest);
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  process.stdout.write(JSON.stringify({ schema: path.relative(root, schemaFile), errors }));
});
