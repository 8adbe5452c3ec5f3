namespace OfflineSdk.Conformance.Comparison;

/// <summary>One way in which a stand-in member differs from the real declarations.</summary>
/// <param name="Member"><c>Type.member</c> (the .NET type name without <c>Pulumi.</c>, the wire name).</param>
/// <param name="Aspect">What differs: type, member, required, shape, secret, json, name, token.</param>
/// <param name="Ours">The stand-in's side.</param>
/// <param name="Theirs">The real package's side, with the declaration it was read from.</param>
internal sealed record Difference(string Member, string Aspect, string Ours, string Theirs)
{
    public override string ToString() => $"{Member} [{Aspect}]: ours {Ours}, theirs {Theirs}";
}
