// Mirrors the real Pulumi.Aws 7.x enum Pulumi.Aws.Ssm.ParameterType (sdk/dotnet/Ssm/Enums.cs); not generated from
// codegen/api.spec, so kept in its own file.

using System.ComponentModel;
using Pulumi;

namespace Pulumi.Aws.Ssm
{
    /// <summary>The type of an SSM parameter.</summary>
    [EnumType]
    public readonly struct ParameterType : IEquatable<ParameterType>
    {
        private readonly string _value;

        private ParameterType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ParameterType String { get; } = new ParameterType("String");
        public static ParameterType StringList { get; } = new ParameterType("StringList");
        public static ParameterType SecureString { get; } = new ParameterType("SecureString");

        public static bool operator ==(ParameterType left, ParameterType right) => left.Equals(right);
        public static bool operator !=(ParameterType left, ParameterType right) => !left.Equals(right);

        public static explicit operator string(ParameterType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ParameterType other && Equals(other);
        public bool Equals(ParameterType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }
}
