# Writes the Pulumi.Random stand-in sources from the spec below (checked against pulumi/pulumi-random sdk/dotnet 4.x).
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import *
BASE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Pulumi.Random")); NS = "Pulumi.Random"; ATTR = "RandomResourceType"
R = {"req"}; S = {"secret"}; N = set()
def res(r): write(f"{BASE}/{r['name']}.cs", resource_file(NS, ATTR, r))

common_args = [("keepers","map:string",N),("length","int",R),("lower","bool",N),("minLower","int",N),("minNumeric","int",N),
    ("minSpecial","int",N),("minUpper","int",N),("numeric","bool",N),("overrideSpecial","string",N),("special","bool",N),
    ("upper","bool",N)]
common_out = [("keepers","map:string",True),("length","int",False),("lower","bool",False),("minLower","int",False),
    ("minNumeric","int",False),("minSpecial","int",False),("minUpper","int",False),("numeric","bool",False),
    ("overrideSpecial","string",True),("result","string",False),("special","bool",False),("upper","bool",False)]
res({"name": "RandomPassword", "token": "random:index/randomPassword:RandomPassword",
    "secret_outputs": ["bcryptHash", "result"],
    "outputs": [("bcryptHash","string",False)] + common_out,
    "args": common_args})
res({"name": "RandomString", "token": "random:index/randomString:RandomString",
    "outputs": common_out, "args": common_args,
    "state": [(w, t, set()) for (w, t, f) in common_args] + [("result","string",N)]})
res({"name": "RandomBytes", "token": "random:index/randomBytes:RandomBytes",
    "secret_outputs": ["base64", "hex"],
    "outputs": [("base64","string",False),("hex","string",False),("keepers","map:string",True),("length","int",False)],
    "args": [("keepers","map:string",N),("length","int",R)],
    "state": [("base64","string",S),("hex","string",S),("keepers","map:string",N),("length","int",N)]})
res({"name": "RandomId", "token": "random:index/randomId:RandomId",
    "outputs": [("b64Std","string",False),("b64Url","string",False),("byteLength","int",False),("dec","string",False),
        ("hex","string",False),("keepers","map:string",True),("prefix","string",True)],
    "args": [("byteLength","int",R),("keepers","map:string",N),("prefix","string",N)],
    "state": [("b64Std","string",N),("b64Url","string",N),("byteLength","int",N),("dec","string",N),("hex","string",N),
        ("keepers","map:string",N),("prefix","string",N)]})
print("random done")
