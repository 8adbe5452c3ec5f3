using System.Globalization;

namespace IdentityFabric.Components.Federation;

/// <summary>
/// How an IdP group reaches an IAM trust policy. IAM offers no condition key for an arbitrary claim of a generic OIDC
/// issuer (only <c>aud</c>, <c>sub</c> and a few provider-specific ones), so the groups travel as session tags: the
/// IdP puts one tag per fabric group of the user into the token's <c>https://aws.amazon.com/tags</c> claim, and the
/// trust policy requires the tag of one of the role's groups. Session tags are single-valued, which is why each group
/// is its own key rather than one key holding a list.
/// </summary>
public static class SessionTags
{
    /// <summary>The prefix of every group tag key.</summary>
    public const string GroupTagPrefix = "fabric-group/";

    /// <summary>The value every group tag carries.</summary>
    public const string GroupTagValue = "true";

    /// <summary>The longest session tag key STS accepts.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The session tag key that says the caller is a member of <paramref name="group"/>.</summary>
    /// <param name="group">The IdP group.</param>
    public static string GroupTagKey(string group) => GroupTagPrefix + group;

    /// <summary>The condition key a trust policy tests for that tag.</summary>
    /// <param name="group">The IdP group.</param>
    public static string GroupConditionKey(string group) => "aws:RequestTag/" + GroupTagKey(group);

    /// <summary>Whether a group name makes a valid session tag key: at most 128 characters of letters, digits,
    /// white space and <c>_ . : / = + - @</c>.</summary>
    /// <param name="group">The IdP group.</param>
    public static bool IsUsableGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var key = GroupTagKey(group);
        return group.Length > 0 && key.Length <= MaxKeyLength && key.All(IsTagKeyChar);
    }

    private static bool IsTagKeyChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.SpaceSeparator
        || "_.:/=+-@".Contains(c, StringComparison.Ordinal);
}
