namespace Pulumi;

/// <summary>Untyped view of a <see cref="Union{T0, T1}"/>.</summary>
internal interface IUnion
{
    object Value { get; }
}

/// <summary>A value that holds exactly one of two types.</summary>
public readonly struct Union<T0, T1> : IEquatable<Union<T0, T1>>, IUnion
{
    private readonly bool _isT1;
    private readonly T0 _value0;
    private readonly T1 _value1;

    private Union(bool isT1, T0 value0, T1 value1)
    {
        _isT1 = isT1;
        _value0 = value0;
        _value1 = value1;
    }

    public T0 AsT0 => !_isT1 ? _value0 : throw new InvalidOperationException($"Cannot return as T0 as result is T1");

    public T1 AsT1 => _isT1 ? _value1 : throw new InvalidOperationException($"Cannot return as T1 as result is T0");

    public bool IsT0 => !_isT1;

    public bool IsT1 => _isT1;

    public object Value => (_isT1 ? _value1 : (object?)_value0)!;

#pragma warning disable CA1000 // The real type exposes these factories as static members.
    public static Union<T0, T1> FromT0(T0 input) => new(false, input, default!);

    public static Union<T0, T1> FromT1(T1 input) => new(true, default!, input);
#pragma warning restore CA1000

    public override bool Equals(object? obj) => obj is Union<T0, T1> union && Equals(union);

    public override int GetHashCode()
        => _isT1 ? HashCode.Combine(1, _value1) : HashCode.Combine(0, _value0);

    public override string ToString()
        => _isT1 ? $"{typeof(T1).FullName}: {_value1}" : $"{typeof(T0).FullName}: {_value0}";

    public bool Equals(Union<T0, T1> other)
        => _isT1 == other._isT1 && (_isT1
            ? EqualityComparer<T1>.Default.Equals(_value1, other._value1)
            : EqualityComparer<T0>.Default.Equals(_value0, other._value0));

    public Union<TResult, T1> MapT0<TResult>(Func<T0, TResult> mapFunc)
        => _isT1 ? Union<TResult, T1>.FromT1(_value1) : Union<TResult, T1>.FromT0(mapFunc(_value0));

    public Union<T0, TResult> MapT1<TResult>(Func<T1, TResult> mapFunc)
        => _isT1 ? Union<T0, TResult>.FromT1(mapFunc(_value1)) : Union<T0, TResult>.FromT0(_value0);

    public Union<TResult0, TResult1> Bimap<TResult0, TResult1>(Func<T0, TResult0> mapFunc0, Func<T1, TResult1> mapFunc1)
        => _isT1 ? Union<TResult0, TResult1>.FromT1(mapFunc1(_value1)) : Union<TResult0, TResult1>.FromT0(mapFunc0(_value0));

    public TResult Match<TResult>(Func<T0, TResult> f0, Func<T1, TResult> f1)
        => _isT1 ? f1(_value1) : f0(_value0);

    public void Switch(Action<T0> f0, Action<T1> f1)
    {
        if (_isT1)
        {
            f1(_value1);
        }
        else
        {
            f0(_value0);
        }
    }

    public bool TryPickT0(out T0 value, out T1 remainder)
    {
        value = _isT1 ? default! : _value0;
        remainder = _isT1 ? _value1 : default!;
        return !_isT1;
    }

    public bool TryPickT1(out T1 value, out T0 remainder)
    {
        value = _isT1 ? _value1 : default!;
        remainder = _isT1 ? default! : _value0;
        return _isT1;
    }

    public static implicit operator Union<T0, T1>(T0 t) => FromT0(t);

    public static implicit operator Union<T0, T1>(T1 t) => FromT1(t);

    public static bool operator ==(Union<T0, T1> left, Union<T0, T1> right) => left.Equals(right);

    public static bool operator !=(Union<T0, T1> left, Union<T0, T1> right) => !(left == right);
}
