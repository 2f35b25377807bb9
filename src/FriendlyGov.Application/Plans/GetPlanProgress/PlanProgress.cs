using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.GetPlanProgress;

/// <summary>Where a coordination plan stands on a day, body by body.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Title">Its title.</param>
/// <param name="AsOf">The day looked from, in Vietnam.</param>
/// <param name="Bodies">One row per body.</param>
public sealed record PlanProgress(Guid PlanId, LocalizedText Title, LocalDate AsOf, IReadOnlyList<BodyProgress> Bodies);
