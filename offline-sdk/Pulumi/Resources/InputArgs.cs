using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi.Serialization;

namespace Pulumi;

/// <summary>
/// Base type of all input argument classes. Members marked with <see cref="InputAttribute"/> are
/// sent by their wire names.
/// </summary>
public abstract class InputArgs
{
    private static readonly ConcurrentDictionary<Type, ImmutableArray<InputMember>> MembersByType = new();

    protected InputArgs()
    {
    }

    private protected abstract void ValidateMember(Type memberType, string fullName);

    internal virtual Task<Dictionary<string, object?>> ToDictionaryAsync()
    {
        var members = MembersByType.GetOrAdd(GetType(), DiscoverMembers);
        var builder = new Dictionary<string, object?>(members.Length, StringComparer.Ordinal);
        foreach (var member in members)
        {
            var fullName = member.FullName;
            var value = member.GetValue(this);
            if (member.Attribute.IsRequired && value is null)
            {
                throw new ArgumentNullException(member.MemberName, $"{fullName} is required but was not given a value");
            }

            if (member.Attribute.Json)
            {
                value = WireSerializer.ToJsonInput(fullName, value);
            }

            builder.Add(member.Attribute.Name, value);
        }

        return Task.FromResult(builder);
    }

    private static ImmutableArray<InputMember> DiscoverMembers(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var fields = type.GetFields(flags)
            .Select(f => (Attribute: f.GetCustomAttribute<InputAttribute>(), f.Name, Get: (Func<object, object?>)f.GetValue));
        var properties = type.GetProperties(flags)
            .Select(p => (Attribute: p.GetCustomAttribute<InputAttribute>(), p.Name, Get: (Func<object, object?>)p.GetValue));
        return fields.Concat(properties)
            .Where(m => m.Attribute is not null)
            .Select(m => new InputMember(m.Attribute!, m.Name, $"[Input] {type.FullName}.{m.Name}", m.Get))
            .ToImmutableArray();
    }

    private sealed record InputMember(InputAttribute Attribute, string MemberName, string FullName, Func<object, object?> GetValue);
}

/// <summary>Base type of all resource argument classes.</summary>
public abstract class ResourceArgs : InputArgs
{
    public static readonly ResourceArgs Empty = new EmptyResourceArgs();

    private protected override void ValidateMember(Type memberType, string fullName)
    {
    }

    private sealed class EmptyResourceArgs : ResourceArgs
    {
    }
}

/// <summary>Base type of all invoke argument classes.</summary>
public abstract class InvokeArgs : InputArgs
{
    public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

    private protected override void ValidateMember(Type memberType, string fullName)
    {
    }

    private sealed class EmptyInvokeArgs : InvokeArgs
    {
    }
}
