using System.Globalization;
using System.Text;

namespace Pulumi.Serialization;

/// <summary>
/// Where a value sits in what is being serialized or converted (<c>resource:name[type].tags.env</c>, <c>...[0]</c>),
/// as the real serializer's messages spell it. It is spelled out only when a message needs it, so serializing a
/// value that has nothing to report builds no text.
/// </summary>
internal sealed class WireContext
{
    private readonly WireContext? _parent;
    private readonly string? _key;
    private readonly int _index;

    private WireContext(WireContext? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    public static WireContext Root(string text) => new(null, text, -1);

    /// <summary><c>{this}.{key}</c>.</summary>
    public WireContext Field(string key) => new(this, key, -1);

    /// <summary><c>{this}[{index}]</c>.</summary>
    public WireContext Item(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return _key!;
        }

        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    private void Append(StringBuilder text)
    {
        if (_parent is null)
        {
            text.Append(_key);
            return;
        }

        _parent.Append(text);
        if (_key is not null)
        {
            text.Append('.').Append(_key);
        }
        else
        {
            text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
