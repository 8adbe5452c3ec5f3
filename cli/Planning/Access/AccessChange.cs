namespace IdentityFabric.Cli.Planning.Access;

/// <summary>Whether someone gains, loses, or keeps but changes a piece of access.</summary>
public enum AccessChangeKind
{
    /// <summary>New access (<c>+</c>), including a grant widened to more paths or methods.</summary>
    Gained,

    /// <summary>Access taken away (<c>-</c>), including a grant narrowed to fewer paths or methods.</summary>
    Lost,

    /// <summary>Access that moved: some gained, some lost, or another host or service (<c>~</c>).</summary>
    Changed,
}

/// <summary>What kind of access a change is about; also the order in which changes are listed.</summary>
public enum AccessCategory
{
    /// <summary>A route anyone may use, signed in or not.</summary>
    PublicRoute,

    /// <summary>A role on an edge route.</summary>
    Route,

    /// <summary>A machine client (Access service token) on an edge route.</summary>
    MachineClient,

    /// <summary>A role on a browser app's Access application.</summary>
    App,

    /// <summary>A service-to-service call in the mesh.</summary>
    Call,

    /// <summary>What a federated IAM role may invoke on VPC Lattice.</summary>
    Federated,

    /// <summary>Who holds a role (its IdP groups and provider).</summary>
    Role,

    /// <summary>Whose tokens an edge hostname accepts.</summary>
    Host,
}

/// <summary>One line of the access diff: <c>+ support: POST api.example.com/api/orders → orders (route orders-create)</c>.</summary>
/// <param name="Kind">Gained, lost or changed.</param>
/// <param name="Category">What the access is.</param>
/// <param name="Subject">Who: a role, <c>machine client NAME</c>, <c>anyone (public route)</c>, <c>call</c>,
/// <c>federated role NAME</c>, <c>role NAME</c> or <c>host NAME</c>.</param>
/// <param name="Description">What, in words.</param>
/// <param name="RouteId">The route the change is about, if any.</param>
public sealed record AccessChange(AccessChangeKind Kind, AccessCategory Category, string Subject, string Description, string? RouteId = null)
{
    /// <summary>Other layers that grant the same change, e.g. the role's federated IAM role on Lattice.</summary>
    public IReadOnlyList<string> AlsoThrough { get; init; } = [];

    /// <summary><c>+</c>, <c>-</c> or <c>~</c>.</summary>
    public string Sign => Kind switch
    {
        AccessChangeKind.Gained => "+",
        AccessChangeKind.Lost => "-",
        _ => "~",
    };

    /// <summary>Whether the change opens something to anyone: the change a reviewer must not miss.</summary>
    public bool IsLoud => Category == AccessCategory.PublicRoute && Kind != AccessChangeKind.Lost;

    /// <summary>The change as one line.</summary>
    public string Line => $"{Sign} {Subject}: {Description}";
}
