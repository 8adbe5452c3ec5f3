using OfflineSdk.Conformance.Comparison;
using OfflineSdk.Conformance.Declarations;

namespace OfflineSdk.Conformance.Tests;

/// <summary>The declaration reader takes the language wrappers off and keeps what the wire sees.</summary>
[TestFixture]
public sealed class DeclarationParserTests
{
    [TestCase("pulumi.Input<string>", "string", false)]
    [TestCase("pulumi.Input<string | undefined>", "string", true)]
    [TestCase("pulumi.Input<pulumi.Input<inputs.vpclattice.ListenerDefaultActionForward>[]>", "list<inputs.vpclattice.ListenerDefaultActionForward>", false)]
    [TestCase("pulumi.Input<pulumi.Input<string>[] | undefined>", "list<string>", true)]
    [TestCase("pulumi.Input<{ [key: string]: pulumi.Input<string>; }>", "map<string>", false)]
    [TestCase("pulumi.Output<{ [key: string]: string; } | undefined>", "map<string>", true)]
    [TestCase("outputs.appmesh.MeshSpec[]", "list<outputs.appmesh.MeshSpec>", false)]
    [TestCase("pulumi.Input<string | inputs.iam.PolicyDocument>", "inputs.iam.PolicyDocument | string", false)]
    [TestCase("pulumi.Input<string | pulumi.Input<string>[]>", "list<string> | string", false)]
    [TestCase("pulumi.Input<enums.iam.PolicyDocumentVersion>", "enums.iam.PolicyDocumentVersion", false)]
    [TestCase("pulumi.Input<number>", "number", false)]
    [TestCase("pulumi.Input<boolean>", "bool", false)]
    [TestCase("inputs.WorkersScriptBinding", "inputs.WorkersScriptBinding", false)]
    [TestCase("{ [key: string]: any; }", "map<any>", false)]
    public void TypesReadAsTheWireSeesThem(string declared, string shape, bool optional)
    {
        var (parsed, isOptional) = TsParser.ParseType(declared);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.ToString(), Is.EqualTo(shape));
            Assert.That(isOptional, Is.EqualTo(optional));
        });
    }

    [Test]
    public void NamespacesInterfacesAndClassesAreReadWithRequiredness()
    {
        const string text = """
            import * as pulumi from "@pulumi/pulumi";
            export declare namespace vpclattice {
                /** docs with { braces } and ; */
                interface ListenerDefaultAction {
                    fixedResponse?: pulumi.Input<inputs.vpclattice.ListenerDefaultActionFixedResponse>;
                    forwards?: pulumi.Input<pulumi.Input<inputs.vpclattice.ListenerDefaultActionForward>[]>;
                }
            }
            export declare class Listener extends pulumi.CustomResource {
                static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ListenerState, opts?: pulumi.CustomResourceOptions): Listener;
                static isInstance(obj: any): obj is Listener;
                readonly port: pulumi.Output<number>;
                readonly private: pulumi.Output<string | undefined>;
                constructor(name: string, args: ListenerArgs, opts?: pulumi.CustomResourceOptions);
            }
            export declare function getListener(args: GetListenerArgs, opts?: pulumi.InvokeOptions): Promise<GetListenerResult>;
            """;
        var file = TsParser.Parse("test.d.ts", text);
        var action = file.Find("vpclattice", "ListenerDefaultAction")!;
        var listener = file.Find("", "Listener")!;
        Assert.Multiple(() =>
        {
            Assert.That(action.Properties.Keys, Is.EquivalentTo(new[] { "fixedResponse", "forwards" }));
            Assert.That(action.Properties["forwards"].Shape, Is.EqualTo(new ListShape(new RefShape(RefKind.Input, "vpclattice", "ListenerDefaultActionForward"))));
            Assert.That(listener.IsClass, Is.True);
            Assert.That(listener.Properties.Keys, Is.EquivalentTo(new[] { "port", "private" }), "static members and methods are not properties");
            Assert.That(listener.Properties["port"].Optional, Is.False);
            Assert.That(listener.Properties["private"].Optional, Is.True);
        });
    }

    [Test]
    public void AConstructTheReaderDoesNotKnowFailsWithFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => TsParser.Parse("odd.d.ts", "export interface X {\n  a: { b: string };\n}"));
        Assert.That(error!.Message, Does.StartWith("odd.d.ts:2:"));
    }

    [Test]
    public void ResourceModulesGiveTokenSecretsAndJsonInputs()
    {
        const string js = """
            class Provider extends pulumi.ProviderResource {
                constructor(name, args, opts) {
                    resourceInputs["accessKey"] = args?.accessKey ? pulumi.secret(args.accessKey) : undefined;
                    resourceInputs["skipRegionValidation"] = pulumi.output((args?.skipRegionValidation) ?? true).apply(JSON.stringify);
                    const secretOpts = { additionalSecretOutputs: ["accessKey", "token"] };
                }
            }
            Provider.__pulumiType = 'aws';
            """;
        var module = RealPackage.ReadModule(js);
        Assert.Multiple(() =>
        {
            Assert.That(module.Token, Is.EqualTo("pulumi:providers:aws"));
            Assert.That(module.SecretInputs, Is.EquivalentTo(new[] { "accessKey" }));
            Assert.That(module.JsonInputs, Is.EquivalentTo(new[] { "skipRegionValidation" }));
            Assert.That(module.SecretOutputs, Is.EquivalentTo(new[] { "accessKey", "token" }));
        });
    }

    [TestCase("aws:vpclattice/listener:Listener", "vpclattice/listener")]
    [TestCase("cloudflare:index/workersScript:WorkersScript", "workersScript")]
    [TestCase("pulumi:providers:random", "provider")]
    public void TokensNameTheirModuleFiles(string token, string module)
        => Assert.That(RealPackage.ModulePathOf(token), Is.EqualTo(module));

    [Test]
    public void TheDotnetTypeTableRefusesMalformedAndRepeatedRowsWithTheirLines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# comment\naws a.B.c\tint\tnumber\tsource\naws a.B.c\tint\tnumber\tsource\naws a.B.d\tint\n");
            var error = Assert.Throws<FormatException>(() => DotnetTypes.Load(path));
            Assert.Multiple(() =>
            {
                Assert.That(error!.Message, Does.Contain($"{path}:3: 'aws a.B.c' is listed twice"));
                Assert.That(error.Message, Does.Contain($"{path}:4: expected"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
