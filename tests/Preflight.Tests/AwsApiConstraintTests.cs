using static IdentityFabric.Preflight.Tests.Planned;

namespace IdentityFabric.Preflight.Tests;

public sealed class AwsApiConstraintTests
{
    private static PreflightResource ValidListener(Action<JsonObject>? change = null)
    {
        var inputs = new JsonObject
        {
            ["name"] = "https",
            ["port"] = 443,
            ["protocol"] = "HTTPS",
            ["serviceIdentifier"] = ServiceId,
            ["defaultAction"] = new JsonObject { ["fixedResponse"] = new JsonObject { ["statusCode"] = 404 } },
        };
        change?.Invoke(inputs);
        return Resource(Listener, "svc-https", inputs);
    }

    [Test]
    public void AValidListenerPassesTheApiModel() =>
        Assert.That(Check(ValidListener()).Findings, Is.Empty);

    [Test]
    public void ALargePlanCheckedInTwoHalvesLosesAndRepeatsNoFinding()
    {
        // Enough resources for the per-resource checks to be split between two threads; each resource has one refused
        // value and one input no API member takes.
        var resources = Enumerable.Range(0, 5_000)
            .Select(n => Resource(Listener, $"svc-{n:D4}", new JsonObject
            {
                ["name"] = "https",
                ["port"] = 70_000 + n,
                ["protocol"] = "HTTPS",
                ["serviceIdentifier"] = ServiceId,
                ["defaultAction"] = new JsonObject { ["fixedResponse"] = new JsonObject { ["statusCode"] = 404 } },
                ["notAnApiMember"] = "x",
            }))
            .ToArray();

        var report = Check(resources);
        var ranges = report.Findings.Where(f => f.Rule == "aws-api.range").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.CheckedResources, Is.EqualTo(5_000));
            Assert.That(ranges.Select(f => f.Resource), Is.EqualTo(resources.Select(r => r.Urn).Order(StringComparer.Ordinal)));
            Assert.That(ranges.Select(f => f.Value), Is.EqualTo(Enumerable.Range(0, 5_000).Select(n => (70_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(report.Unmapped.Count(u => u.Path == "notAnApiMember"), Is.EqualTo(1));
        });
    }

    [Test]
    public void AnIdentifierInTheWrongShapeIsRefusedByTheModelsPattern()
    {
        var report = Check(ValidListener(i => i["serviceIdentifier"] = "lattice-catalog-service-0e62dd54"));
        var finding = Single(report, "aws-api.pattern");
        Assert.Multiple(() =>
        {
            Assert.That(report.Passed, Is.False);
            Assert.That(finding.Severity, Is.EqualTo(PreflightSeverity.Error));
            Assert.That(finding.Resource, Does.EndWith("::svc-https"));
            Assert.That(finding.Path, Is.EqualTo("serviceIdentifier"));
            Assert.That(finding.Value, Is.EqualTo("lattice-catalog-service-0e62dd54"));
            Assert.That(finding.Source, Does.Contain("vpc-lattice:CreateListener.serviceIdentifier").And.Contain("56c8953e87ae"));
        });
    }

    [Test]
    public void AValueOutsideTheEnumIsRefused()
    {
        var finding = Single(Check(ValidListener(i => i["protocol"] = "FTP")), "aws-api.enum");
        Assert.That((finding.Path, finding.Value), Is.EqualTo(("protocol", "FTP")));
    }

    [Test]
    public void ANumberOutsideTheRangeIsRefused()
    {
        var finding = Single(Check(ValidListener(i => i["port"] = 70000)), "aws-api.range");
        Assert.That(finding.Path, Is.EqualTo("port"));
    }

    [Test]
    public void ANestedValueIsCheckedAtItsPath()
    {
        var finding = Single(Check(ValidListener(i => i["defaultAction"] = new JsonObject { ["fixedResponse"] = new JsonObject { ["statusCode"] = 99 } })), "aws-api.range");
        Assert.That(finding.Path, Is.EqualTo("defaultAction.fixedResponse.statusCode"));
    }

    [Test]
    public void AUnionTakesExactlyOneMember()
    {
        var finding = Single(Check(ValidListener(i => i["defaultAction"] = new JsonObject
        {
            ["fixedResponse"] = new JsonObject { ["statusCode"] = 404 },
            ["forward"] = new JsonObject { ["targetGroups"] = new JsonArray(new JsonObject { ["targetGroupIdentifier"] = TargetGroupId }) },
        })), "aws-api.union");
        Assert.That(finding.Path, Is.EqualTo("defaultAction"));
    }

    [Test]
    public void AListenerRuleWithoutItsListenerIsRefusedAsMissingARequiredMember()
    {
        var rule = Resource(Rule, "svc-rule-orders", new JsonObject
        {
            ["name"] = "orders",
            ["priority"] = 1,
            ["serviceIdentifier"] = ServiceId,
            ["match"] = new JsonObject { ["httpMatch"] = new JsonObject { ["pathMatch"] = new JsonObject { ["match"] = new JsonObject { ["prefix"] = "/orders" } } } },
            ["action"] = new JsonObject { ["forward"] = new JsonObject { ["targetGroups"] = new JsonArray(new JsonObject { ["targetGroupIdentifier"] = TargetGroupId, ["weight"] = 100 }) } },
        });
        var finding = Single(Check(rule), "aws-api.required");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("listenerIdentifier"));
            Assert.That(finding.Source, Does.Contain("vpc-lattice:CreateRule.listenerIdentifier"));
        });
    }

    [Test]
    public void ARequiredMemberMissingInsideABlockIsNamedWithItsPath()
    {
        var finding = Single(Check(ValidListener(i => i["defaultAction"] = new JsonObject
        {
            ["forward"] = new JsonObject { ["targetGroups"] = new JsonArray(new JsonObject { ["weight"] = 100 }) },
        })), "aws-api.required");
        Assert.That(finding.Path, Is.EqualTo("defaultAction.forward.targetGroups[0].targetGroupIdentifier"));
    }

    [Test]
    public void ARoleNameOverSixtyFourCharactersIsRefused()
    {
        var finding = Single(Check(Resource(Role, "long", RoleInputs(new string('r', 65), EcsTrust()))), "aws-api.length");
        Assert.That(finding.Path, Is.EqualTo("name"));
        Assert.That(finding.Source, Does.Contain("iam:CreateRole.RoleName"));
    }

    [Test]
    public void TagMapsAreCheckedAgainstTheApisTagListKeyByKey()
    {
        var inputs = RoleInputs("orders", EcsTrust());
        inputs["tags"] = new JsonObject { [new string('k', 129)] = "v", ["ok"] = "fine" };
        var finding = Single(Check(Resource(Role, "orders", inputs)), "aws-api.length");
        Assert.That(finding.Path, Is.EqualTo("tags." + new string('k', 129)));
        Assert.That(finding.Source, Does.Contain("iam:CreateRole.Tags[].Key"));
    }

    [Test]
    public void ListsAreCountedAgainstTheirLengthLimits()
    {
        var inputs = RoleInputs("orders", EcsTrust());
        var tags = new JsonObject();
        for (var i = 0; i < 51; i++)
        {
            tags[$"k{i}"] = "v";
        }

        inputs["tags"] = tags;
        var finding = Single(Check(Resource(Role, "orders", inputs)), "aws-api.length");
        Assert.That(finding.Message, Does.Contain("51 item(s)"));
    }

    [Test]
    public void ASecretValueIsMaskedInTheFinding()
    {
        var version = Resource(SecretVersion, "db-version", new JsonObject
        {
            ["secretId"] = "arn:aws:secretsmanager:eu-west-1:222222222222:secret:db-AbCdEf",
            ["secretString"] = new string('s', 65537),
        });
        var finding = Single(Check(version), "aws-api.length");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("secretString"));
            Assert.That(finding.Value, Is.EqualTo("[secret]"));
            Assert.That(finding.ToString(), Does.Not.Contain("sssssss"));
        });
    }

    [Test]
    public void ALongValueIsTruncatedInTheFinding()
    {
        var finding = Single(Check(ValidListener(i => i["serviceIdentifier"] = new string('x', 300))), "aws-api.pattern");
        Assert.That(finding.Value!.Length, Is.LessThanOrEqualTo(81));
    }

    [Test]
    public void AppMeshSpecsAreWalkedToTheirLeaves()
    {
        var node = Resource(VirtualNode, "orders-node", new JsonObject
        {
            ["name"] = "orders",
            ["meshName"] = "fabric",
            ["spec"] = new JsonObject
            {
                ["listeners"] = new JsonArray(new JsonObject
                {
                    ["portMapping"] = new JsonObject { ["port"] = 8080, ["protocol"] = "smtp" },
                }),
            },
        });
        var finding = Single(Check(node), "aws-api.enum");
        Assert.That(finding.Path, Is.EqualTo("spec.listeners[0].portMapping.protocol"));
    }

    [Test]
    public void AnInputNoApiMemberTakesIsListedNotSkipped()
    {
        var inputs = RoleInputs("orders", EcsTrust());
        inputs["bogusSetting"] = "x";
        var report = Check(Resource(Role, "orders", inputs), Resource("aws:ec2/vpc:Vpc", "vpc", "{}"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Unmapped.Select(u => (u.Type, u.Path)), Does.Contain((Role, "bogusSetting")));
            Assert.That(report.Unmapped.Select(u => (u.Type, u.Path)), Does.Contain(("aws:ec2/vpc:Vpc", "*")));
        });
    }
}
