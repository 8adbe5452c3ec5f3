namespace Pulumi;

/// <summary>Optional create, update and delete timeouts of a resource.</summary>
public sealed class CustomTimeouts
{
    public TimeSpan? Create { get; set; }

    public TimeSpan? Update { get; set; }

    public TimeSpan? Delete { get; set; }

    internal static CustomTimeouts? Clone(CustomTimeouts? timeouts)
        => timeouts is null ? null : new CustomTimeouts { Create = timeouts.Create, Update = timeouts.Update, Delete = timeouts.Delete };
}
