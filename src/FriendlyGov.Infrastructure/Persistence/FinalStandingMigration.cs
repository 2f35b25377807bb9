namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// What the <c>KeepFinalStanding</c> migrations run: the columns kept beside a final scorecard
/// (name, kind, framework, period, total, rating) filled in from the scorecards finalized before
/// they existed, so that a ranking of an upgraded database reads them as it reads new ones.
/// </summary>
/// <remarks>
/// The kind comes from the unit the assessment names, by code and first day (the
/// <c>IdentifyUnitsByCodeAndFirstDay</c> migration, which runs first, filled the day in). Each provider reads JSON its own way; the total is
/// taken as the number's text, so no figure passes through a floating-point value.
/// </remarks>
internal static class FinalStandingMigration
{
    private const string Kind = """(SELECT u."Kind" FROM units AS u WHERE u."Code" = assessments."UnitCode" AND u."ExistedFrom" = assessments."UnitExistedFrom")""";

    /// <summary>The backfill on SQLite, whose <c>-&gt;</c> keeps a number's JSON text and <c>-&gt;&gt;</c> unquotes a string.</summary>
    public const string Sqlite = $$"""
        UPDATE assessments SET
            "FinalUnitName" = final_scorecard ->> '$.UnitName',
            "FinalUnitKind" = {{Kind}},
            "FinalFramework" = final_scorecard ->> '$.Framework',
            "FinalPeriod" = final_scorecard ->> '$.Period',
            "FinalTotal" = final_scorecard -> '$.Total',
            "FinalRating" = final_scorecard ->> '$.Rating',
            "FinalRatingRank" = final_scorecard ->> '$.RatingRank'
        WHERE final_scorecard IS NOT NULL;
        """;

    /// <summary>The backfill on PostgreSQL, where a <c>jsonb</c> number is a <c>numeric</c> and keeps its scale.</summary>
    public const string Postgres = $$"""
        UPDATE assessments SET
            "FinalUnitName" = final_scorecard::jsonb ->> 'UnitName',
            "FinalUnitKind" = {{Kind}},
            "FinalFramework" = final_scorecard::jsonb ->> 'Framework',
            "FinalPeriod" = final_scorecard::jsonb ->> 'Period',
            "FinalTotal" = (final_scorecard::jsonb ->> 'Total')::numeric,
            "FinalRating" = final_scorecard::jsonb ->> 'Rating',
            "FinalRatingRank" = (final_scorecard::jsonb ->> 'RatingRank')::integer
        WHERE final_scorecard IS NOT NULL;
        """;
}
