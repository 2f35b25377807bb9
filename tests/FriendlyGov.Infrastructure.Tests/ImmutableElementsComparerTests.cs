using FriendlyGov.Domain.Conduct;
using FriendlyGov.Infrastructure.Persistence;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The change tracker's comparer for JSON lists of immutable records: a shallow snapshot, and a
/// change seen when an element is added, removed or replaced, never missed.
/// </summary>
public sealed class ImmutableElementsComparerTests
{
    private static readonly ObservationStep Reported = new(ObservationStatus.Reported, "appraiser", Instant.FromUtc(2025, 1, 10, 2, 0), "Phản ánh");
    private static readonly ObservationStep Confirmed = new(ObservationStatus.Confirmed, "appraiser", Instant.FromUtc(2025, 1, 11, 2, 0), "Đã xác minh");

    [Fact]
    public void The_snapshot_is_another_list_holding_the_same_steps_and_compares_equal_until_the_list_changes()
    {
        var comparer = JsonColumns.ImmutableElements<ObservationStep>();
        List<ObservationStep> history = [Reported];

        var snapshot = comparer.Snapshot(history);

        snapshot.Should().NotBeSameAs(history).And.Equal(Reported);
        comparer.Equals(history, snapshot).Should().BeTrue();
        history.Add(Confirmed);
        comparer.Equals(history, snapshot).Should().BeFalse("a step was added");
        snapshot.Should().Equal(Reported);
    }

    [Fact]
    public void A_step_replaced_by_a_copy_with_another_reason_is_a_change()
    {
        var comparer = JsonColumns.ImmutableElements<ObservationStep>();
        List<ObservationStep> history = [Reported, Confirmed];
        var snapshot = comparer.Snapshot(history);

        history[1] = Confirmed with { Reason = "Xác minh lại" };

        comparer.Equals(history, snapshot).Should().BeFalse();
    }

    [Fact]
    public void A_step_removed_is_a_change_and_two_empty_lists_are_equal()
    {
        var comparer = JsonColumns.ImmutableElements<ObservationStep>();
        List<ObservationStep> history = [Reported];
        var snapshot = comparer.Snapshot(history);

        history.RemoveAt(0);

        comparer.Equals(history, snapshot).Should().BeFalse();
        comparer.Equals([], []).Should().BeTrue();
    }
}
