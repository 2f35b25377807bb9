namespace FriendlyGov.Domain.Plans;

/// <summary>What changed in a coordination plan.</summary>
public enum PlanChange
{
    /// <summary>The plan was drawn up.</summary>
    Created,

    /// <summary>An item was added.</summary>
    ItemAdded,

    /// <summary>A milestone was added to an item.</summary>
    MilestoneAdded,

    /// <summary>A milestone was completed.</summary>
    MilestoneCompleted,

    /// <summary>A progress update was recorded on an item.</summary>
    ProgressRecorded,
}
