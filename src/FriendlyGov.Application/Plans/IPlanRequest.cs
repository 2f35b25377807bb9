namespace FriendlyGov.Application.Plans;

/// <summary>A request about one stored coordination plan.</summary>
internal interface IPlanRequest
{
    /// <summary>The plan.</summary>
    Guid PlanId { get; }
}
