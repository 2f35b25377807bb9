using FriendlyGov.Infrastructure.Persistence;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>A save refused for a stale read says so in one wording, whether it was tracked or in bulk.</summary>
public sealed class StaleWritesTests
{
    [Fact]
    public void One_changed_aggregate_is_named_with_what_to_do()
    {
        var inner = new InvalidOperationException("store");
        var refused = StaleWrites.Refused(["assessment 7 of unit 26041"], inner);
        refused.Message.Should().Be("assessment 7 of unit 26041 was changed by someone else since it was read; nothing was saved: read it again and retry.");
        refused.InnerException.Should().BeSameAs(inner);
    }

    [Fact]
    public void Past_five_the_rest_are_counted_not_named()
    {
        var refused = StaleWrites.Refused(["A 1", "A 2", "A 3", "A 4", "A 5", "A 6", "A 7"]);
        refused.Message.Should().Be("A 1, A 2, A 3, A 4, A 5 and 2 more was changed by someone else since it was read; nothing was saved: read it again and retry.");
    }
}
