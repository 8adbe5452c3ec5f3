#!/usr/bin/env python3
"""Generates components/Preflight/Data/aws-constraints.tsv from the AWS API models (Smithy JSON).

Usage: scripts/generate-aws-constraints.py [MODELS_DIR] [OUT_FILE]
       (defaults: ../shared/cloud-models/aws relative to the repository, and the committed table)

For each operation the fabric's resources call, every member of its input shape (nested structures, lists, maps and
unions followed) is written with the constraints the model carries: required, length, pattern, range, enum. The
table also lists every operation of each service as an IAM action name (service:Operation), which the preflight
uses to know which actions exist. The header names each model file, its SHA-256 and the snapshot it comes from, so
a reviewer sees which version of the models the committed table reflects.

Members are written as  service:Operation.member.sub[].key{}  where [] is a list item, {key} / {value} a map's key
and value. Nothing is interpreted here: prose rules in the documentation stay in the models.
"""
import hashlib
import json
import os
import sys

# The operations each resource of the fabric calls (see ../shared/cloud-models/README.md), plus TagResource for tag
# constraints where tags travel in a separate call.
OPERATIONS = {
    "app-mesh-2019-01-25.json": [
        "CreateMesh", "CreateVirtualNode", "CreateVirtualService", "CreateVirtualRouter", "CreateRoute",
        "CreateVirtualGateway", "CreateGatewayRoute",
    ],
    "vpc-lattice-2022-11-30.json": [
        "CreateServiceNetwork", "CreateServiceNetworkVpcAssociation", "CreateService",
        "CreateServiceNetworkServiceAssociation", "CreateTargetGroup", "CreateListener", "CreateRule",
        "PutAuthPolicy", "CreateAccessLogSubscription",
    ],
    "iam-2010-05-08.json": [
        "CreateRole", "PutRolePolicy", "CreatePolicy", "AttachRolePolicy", "CreateOpenIDConnectProvider",
    ],
    "secrets-manager-2017-10-17.json": ["CreateSecret", "PutSecretValue", "RotateSecret", "DeleteSecret"],
    "cloudwatch-logs-2014-03-28.json": ["CreateLogGroup", "PutRetentionPolicy", "PutQueryDefinition"],
    "sts-2011-06-15.json": ["AssumeRoleWithWebIdentity"],
}

SNAPSHOT = "aws/api-models-aws 56c8953e87ae (2025-04-02)"
PRELUDE_STRINGS = {"smithy.api#String": "string", "smithy.api#Integer": "integer", "smithy.api#Boolean": "boolean",
                   "smithy.api#Long": "long", "smithy.api#Timestamp": "timestamp", "smithy.api#Blob": "blob",
                   "smithy.api#PrimitiveInteger": "integer", "smithy.api#PrimitiveBoolean": "boolean",
                   "smithy.api#PrimitiveLong": "long", "smithy.api#Document": "document"}


def pattern_text(text):
    # Patterns are written verbatim, except that a literal tab or line break (which would break the table's format)
    # is written as the regex escape that matches the same character.
    return text.replace("\t", "\\u0009").replace("\n", "\\u000A").replace("\r", "\\u000D")


def enum_text(text):
    if "\t" in text or "\n" in text or "|" in text:
        raise SystemExit(f"an enum value holds a tab, line break or '|': {text!r}")
    return text


def service_of(shapes):
    for name, shape in shapes.items():
        if shape.get("type") == "service":
            return name, shape
    raise SystemExit("no service shape")


def all_operations(shapes, service):
    seen = []

    def visit(holder):
        for ref in holder.get("operations", []) + holder.get("collectionOperations", []):
            seen.append(ref["target"])
        for key in ("create", "put", "read", "update", "delete", "list"):
            if key in holder:
                seen.append(holder[key]["target"])
        for ref in holder.get("resources", []):
            visit(shapes[ref["target"]])

    visit(service)
    return sorted({target.split("#")[1] for target in seen})


def rows_for(shapes, prefix, target, traits, path, out, stack):
    shape = shapes.get(target)
    kind = PRELUDE_STRINGS.get(target) or (shape or {}).get("type", "?")
    merged = dict((shape or {}).get("traits", {}))
    merged.update(traits)
    length = merged.get("smithy.api#length", {})
    rng = merged.get("smithy.api#range", {})
    enum = ""
    if kind == "enum":
        enum = "|".join(enum_text(m.get("traits", {}).get("smithy.api#enumValue", n)) for n, m in shape["members"].items())
        kind = "string"
    elif kind == "intEnum":
        enum = "|".join(str(m["traits"]["smithy.api#enumValue"]) for m in shape["members"].values())
        kind = "integer"
    elif "smithy.api#enum" in merged:
        enum = "|".join(enum_text(e["value"]) for e in merged["smithy.api#enum"])
    out.append("\t".join([
        f"{prefix}.{path}" if path else prefix,
        kind,
        "required" if "smithy.api#required" in traits else "",
        str(length.get("min", rng.get("min", ""))) if length or rng else "",
        str(length.get("max", rng.get("max", ""))) if length or rng else "",
        pattern_text(merged.get("smithy.api#pattern", "")),
        enum,
        "sensitive" if "smithy.api#sensitive" in merged else "",
    ]))
    if shape is None or target in stack:
        return
    stack = stack | {target}
    if kind in ("structure", "union"):
        for name, member in shape.get("members", {}).items():
            rows_for(shapes, prefix, member["target"], member.get("traits", {}), f"{path}.{name}" if path else name, out, stack)
    elif kind == "list":
        member = shape["member"]
        rows_for(shapes, prefix, member["target"], member.get("traits", {}), f"{path}[]", out, stack)
    elif kind == "map":
        rows_for(shapes, prefix, shape["key"]["target"], shape["key"].get("traits", {}), f"{path}{{key}}", out, stack)
        rows_for(shapes, prefix, shape["value"]["target"], shape["value"].get("traits", {}), f"{path}{{value}}", out, stack)


def main():
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    models = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "cloud-models", "aws")
    target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "components", "Preflight", "Data", "aws-constraints.tsv")
    header = [
        "# AWS API constraints of the operations the fabric's resources call. GENERATED by",
        "# scripts/generate-aws-constraints.py from the AWS API models (Smithy JSON); do not edit by hand.",
        f"# source: {SNAPSHOT}, Apache-2.0",
    ]
    body = []
    for file_name, operations in OPERATIONS.items():
        path = os.path.join(models, file_name)
        with open(path, "rb") as handle:
            raw = handle.read()
        header.append(f"# model: {file_name} sha256 {hashlib.sha256(raw).hexdigest()}")
        shapes = json.loads(raw)["shapes"]
        service_name, service = service_of(shapes)
        namespace = service_name.split("#")[0]
        prefix = service["traits"]["aws.auth#sigv4"]["name"]
        for operation in all_operations(shapes, service):
            body.append(f"action\t{prefix}:{operation}")
        for operation in operations:
            op = shapes.get(f"{namespace}#{operation}")
            if op is None:
                raise SystemExit(f"{file_name}: no operation {operation}")
            out = []
            rows_for(shapes, f"{prefix}:{operation}", op["input"]["target"], {}, "", out, frozenset())
            body.extend(out[1:])  # the input structure itself carries no constraint
    header.append("# columns: member, type, required, min, max, pattern (unanchored ECMA regex), enum (|-separated), sensitive")
    header.append("# rows starting with 'action' list every operation of a service as an IAM action name")
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(header + body) + "\n")
    print(f"wrote {target}: {len(body)} rows")


if __name__ == "__main__":
    main()
