using System.Linq.Expressions;
using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;
using NodaTime;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>
/// The finalized assessments of some units across rounds, each unit named by its code and first
/// day, read in one query as the columns kept beside each final scorecard (the unit, round,
/// framework, period, total, rating); the filter runs in the database and no scorecard is opened.
/// </summary>
/// <remarks>
/// A unit's history reads the unit and all its predecessors at once with it. A code alone would not
/// do: 26041 named Phường Quyết Thắng until 2025-06-30 and names Phường Trấn Biên since 2025-07-01,
/// so the filter is one <c>(code = … AND first day = …)</c> term per unit, joined by <c>OR</c>.
/// </remarks>
internal sealed class FinalStandingsOfUnitsSpec : Specification<Assessment, FinalStanding>
{
    /// <summary>Selects the finalized standings of the units <paramref name="units"/>.</summary>
    /// <param name="units">Each unit's code and first day, which together name one unit; at least one.</param>
    public FinalStandingsOfUnitsSpec(IReadOnlyCollection<(string Code, LocalDate ExistedFrom)> units)
    {
        Guard.Against.NullOrEmpty(units);
        Query.Where(AnyOf(units)).Where(a => a.FinalizedAt != null);
        Query.Select(a => new FinalStanding(a.UnitCode, a.UnitExistedFrom, new HistoryPoint(a.RoundId, a.FinalFramework!, a.FinalPeriod!, a.FinalTotal!.Value, a.FinalRating!, null)));
    }

    /// <summary>
    /// <c>a =&gt; (a.UnitCode == c1 &amp;&amp; a.UnitExistedFrom == d1) || …</c>: EF Core cannot
    /// translate a pair of columns in a list, so the terms are joined here. Each value is read from a
    /// closure, as the compiler writes a captured variable, so the database sees parameters.
    /// </summary>
    private static Expression<Func<Assessment, bool>> AnyOf(IEnumerable<(string Code, LocalDate ExistedFrom)> units)
    {
        var assessment = Expression.Parameter(typeof(Assessment), "a");
        var code = Expression.Property(assessment, nameof(Assessment.UnitCode));
        var existedFrom = Expression.Property(assessment, nameof(Assessment.UnitExistedFrom));
        var any = units
            .Select(unit => (Expression)Expression.AndAlso(Expression.Equal(code, Captured(unit.Code)), Expression.Equal(existedFrom, Captured(unit.ExistedFrom))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Assessment, bool>>(any, assessment);
    }

    private static Expression Captured<T>(T value)
    {
        Expression<Func<T>> read = () => value;
        return read.Body;
    }
}
