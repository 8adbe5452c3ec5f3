# Generates the offline stand-in sources from a compact, hand-written spec.
import os, re, sys

KEYWORDS = {"namespace", "string", "default", "base", "params", "object", "event", "operator"}

def pascal(w):
    return w[0].upper() + w[1:]

def param(w):
    return "@" + w if w in KEYWORDS else w

SCALARS = {"string": "string", "bool": "bool", "int": "int", "double": "double"}

# field: (wire, type, flags) ; type: "string" | "bool" | "int" | "double" | "T:Name" (nested, no suffix)
#        | "list:<type>" | "map:<type>" ; flags: set of "req", "secret"

def in_type(t, ns_prefix="Inputs."):
    if t in SCALARS: return SCALARS[t]
    if t.startswith("T:"): return ns_prefix + t[2:] + "Args"
    raise ValueError(t)

def out_type(t):
    if t in SCALARS: return SCALARS[t]
    if t.startswith("T:"): return "Outputs." + t[2:]
    raise ValueError(t)

def input_member(wire, t, flags, ns_prefix="Inputs."):
    name = pascal(wire)
    req = "req" in flags
    attr = f'[Input("{wire}", required: true)]' if req else f'[Input("{wire}")]'
    lines = []
    if t.startswith("list:") or t.startswith("map:"):
        kind, inner = t.split(":", 1)
        coll = "InputList" if kind == "list" else "InputMap"
        it = f"{coll}<{in_type(inner, ns_prefix)}>"
        lines += [f"    {attr}", f"    private {it}? _{wire};", "",
                  f"    public {it} {name}",
                  "    {",
                  f"        get => _{wire} ?? (_{wire} = new {it}());",
                  f"        set => _{wire} = value;",
                  "    }"]
    elif "secret" in flags:
        it = in_type(t, ns_prefix)
        lines += [f"    {attr}", f"    private Input<{it}>? _{wire};", "",
                  f"    public Input<{it}>? {name}",
                  "    {",
                  f"        get => _{wire};",
                  f"        set => _{wire} = SecretInputs.Wrap(value);",
                  "    }"]
    else:
        it = in_type(t, ns_prefix)
        if req:
            lines += [f"    {attr}", f"    public Input<{it}> {name} {{ get; set; }} = null!;"]
        else:
            lines += [f"    {attr}", f"    public Input<{it}>? {name} {{ get; set; }}"]
    return "\n".join(lines)

def args_class(cls, fields, ns, ns_prefix="Inputs.", doc=None):
    body = "\n\n".join(input_member(w, t, f, ns_prefix) for (w, t, f) in fields)
    parts = [f"public sealed class {cls} : global::Pulumi.ResourceArgs", "{"]
    if body: parts += [body, ""]
    parts += [f"    public {cls}()", "    {", "    }", "",
              f"    public static new {cls} Empty => new {cls}();", "}"]
    return "\n".join(parts)

def output_class(cls, fields):
    # fields: (wire, type, nullable)
    decl, params, assigns = [], [], []
    for (w, t, nullable) in fields:
        if t.startswith("list:"):
            ct = f"ImmutableArray<{out_type(t[5:])}>"
        elif t.startswith("map:"):
            ct = f"ImmutableDictionary<string, {out_type(t[4:])}>"
        else:
            ct = out_type(t) + ("?" if nullable else "")
        decl.append(f"    public readonly {ct} {pascal(w)};")
        params.append(f"{ct} {param(w)}")
        assigns.append(f"        {pascal(w)} = {param(w)};")
    parts = ["[OutputType]", f"public sealed class {cls}", "{"]
    parts += decl
    if decl: parts.append("")
    parts += ["    [OutputConstructor]", f"    private {cls}(" + ", ".join(params) + ")", "    {"]
    parts += assigns
    parts += ["    }", "}"]
    return "\n".join(parts)

def out_prop(w, t, nullable):
    if t.startswith("list:"):
        ct = f"ImmutableArray<{out_type(t[5:])}>"
    elif t.startswith("map:"):
        ct = f"ImmutableDictionary<string, {out_type(t[4:])}>" + ("?" if nullable else "")
    else:
        ct = out_type(t) + ("?" if nullable else "")
    return f'    [Output("{w}")]\n    public Output<{ct}> {pascal(w)} {{ get; private set; }} = null!;'

def resource_file(root_ns, attr, r):
    name, token = r["name"], r["token"]
    argsopt = r.get("args_optional", False)
    secrets = r.get("secret_outputs", [])
    state_fields = r.get("state", None)
    lines = ["using System.Collections.Immutable;", "using Pulumi.Serialization;", "",
             f"namespace {root_ns};", "",
             f"/// <summary>Stand-in for <c>{token}</c>.</summary>",
             f'[{attr}("{token}")]',
             f"public partial class {name} : global::Pulumi.CustomResource", "{"]
    lines.append("\n\n".join(out_prop(*o) for o in r["outputs"]))
    lines.append("")
    argsparam = f"{name}Args? args = null" if argsopt else f"{name}Args args"
    lines += [f"    public {name}(string name, {argsparam}, CustomResourceOptions? options = null)",
              f'        : base("{token}", name, args ?? new {name}Args(), MakeResourceOptions(options, ""))',
              "    {", "    }", ""]
    if state_fields is not None:
        lines += [f"    private {name}(string name, Input<string> id, {name}State? state = null, CustomResourceOptions? options = null)",
                  f'        : base("{token}", name, state, MakeResourceOptions(options, id))',
                  "    {", "    }", ""]
    sec = ""
    if secrets:
        sec = " AdditionalSecretOutputs = { " + ", ".join(f'"{s}"' for s in secrets) + " },"
    lines += ["    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)",
              "    {",
              f"        var defaultOptions = new CustomResourceOptions {{ Version = Utilities.Version,{sec} }};",
              "        var merged = CustomResourceOptions.Merge(defaultOptions, options);",
              "        merged.Id = id ?? merged.Id;",
              "        return merged;",
              "    }"]
    if state_fields is not None:
        lines += ["",
                  f"    public static {name} Get(string name, Input<string> id, {name}State? state = null, CustomResourceOptions? options = null)",
                  f"        => new(name, id, state, options);"]
    lines += ["}", "", args_class(f"{name}Args", r["args"], root_ns)]
    if state_fields is not None:
        sf = [(w, t, set(f) - {"req"}) for (w, t, f) in state_fields]
        lines += ["", args_class(f"{name}State", sf, root_ns)]
    return "\n".join(lines) + "\n"

def nested_files(root_ns, types):
    """types: dict name -> {"in": fields or None, "out": fields or None}"""
    ins, outs = [], []
    for name, spec in types.items():
        if spec.get("in") is not None:
            ins.append(args_class(f"{name}Args", spec["in"], root_ns + ".Inputs"))
        if spec.get("out") is not None:
            outs.append(output_class(name, spec["out"]))
    return ins, outs

def fix_usings(text):
    body = re.sub(r"^using [^;]+;\n", "", text, flags=re.M).lstrip("\n")
    us = []
    if "Immutable" in body: us.append("using System.Collections.Immutable;")
    return ("\n".join(us) + "\n\n" if us else "") + body

def write(path, text):
    text = fix_usings(text)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def emit_nested(base, root_ns, group, types):
    ins, outs = nested_files(root_ns, types)
    if ins:
        write(f"{base}/Inputs/{group}Inputs.cs",
              "using Pulumi.Serialization;\n\n" + f"namespace {root_ns}.Inputs;\n\n" + "\n\n".join(ins) + "\n")
    if outs:
        write(f"{base}/Outputs/{group}Outputs.cs",
              "using System.Collections.Immutable;\nusing Pulumi.Serialization;\n\n" + f"namespace {root_ns}.Outputs;\n\n" + "\n\n".join(outs) + "\n")
