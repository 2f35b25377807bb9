using System.Globalization;

namespace FriendlyGov.Domain.Dossiers;

/// <summary>
/// The administrative procedure dossiers (hồ sơ thủ tục hành chính) a unit handled in one period.
/// </summary>
/// <remarks>
/// <para>The accounting identity every set of counts obeys: each dossier received in the period,
/// including those carried over from the period before, is at the period's end either resolved,
/// on time or late, or still open, overdue or pending:
/// <c>Received = ResolvedOnTime + ResolvedLate + Overdue + Pending</c>.</para>
/// <para>Also: every count is 0 or more, and <c>FiledOnline ≤ Received</c>, since a dossier filed
/// online is one of those received.</para>
/// </remarks>
public sealed record DossierCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="received">Dossiers received, including those carried over from the period before.</param>
    /// <param name="resolvedOnTime">Resolved by their due date (including early).</param>
    /// <param name="resolvedLate">Resolved after their due date.</param>
    /// <param name="overdue">Still open at the period's end and past their due date.</param>
    /// <param name="pending">Still open at the period's end and within their due date.</param>
    /// <param name="filedOnline">Of those received, how many were filed online.</param>
    /// <exception cref="InvalidInputException">The counts break a rule above; every problem is named by its field, such as <c>received</c>.</exception>
    public DossierCounts(int received, int resolvedOnTime, int resolvedLate, int overdue, int pending, int filedOnline)
    {
        InvalidInputException.ThrowIfAny([.. Check(received, resolvedOnTime, resolvedLate, overdue, pending, filedOnline)]);
        Received = received;
        ResolvedOnTime = resolvedOnTime;
        ResolvedLate = resolvedLate;
        Overdue = overdue;
        Pending = pending;
        FiledOnline = filedOnline;
    }

    /// <summary>Dossiers received, including those carried over from the period before.</summary>
    public int Received { get; }

    /// <summary>Resolved by their due date.</summary>
    public int ResolvedOnTime { get; }

    /// <summary>Resolved after their due date.</summary>
    public int ResolvedLate { get; }

    /// <summary>Still open at the period's end, past their due date.</summary>
    public int Overdue { get; }

    /// <summary>Still open at the period's end, within their due date.</summary>
    public int Pending { get; }

    /// <summary>Of those received, filed online.</summary>
    public int FiledOnline { get; }

    /// <summary>Resolved, on time or late.</summary>
    public int Resolved => ResolvedOnTime + ResolvedLate;

    /// <summary>Still open at the period's end, overdue or pending.</summary>
    public int Open => Overdue + Pending;

    /// <summary>
    /// Every problem with a set of counts, each on the field it is about: <c>received</c>,
    /// <c>resolvedOnTime</c>, <c>resolvedLate</c>, <c>overdue</c>, <c>pending</c>,
    /// <c>filedOnline</c>.
    /// </summary>
    /// <param name="received">Dossiers received.</param>
    /// <param name="resolvedOnTime">Resolved on time.</param>
    /// <param name="resolvedLate">Resolved late.</param>
    /// <param name="overdue">Open and overdue.</param>
    /// <param name="pending">Open within their due date.</param>
    /// <param name="filedOnline">Filed online.</param>
    /// <returns>The problems; none when the counts are consistent.</returns>
    public static IEnumerable<Problem> Check(int received, int resolvedOnTime, int resolvedLate, int overdue, int pending, int filedOnline)
    {
        var negative = new[]
        {
            ("received", received), ("resolvedOnTime", resolvedOnTime), ("resolvedLate", resolvedLate),
            ("overdue", overdue), ("pending", pending), ("filedOnline", filedOnline),
        }.Where(c => c.Item2 < 0).ToList();
        foreach (var (field, value) in negative)
            yield return new Problem(field, $"{value.ToString(CultureInfo.InvariantCulture)} is negative: a count is 0 or more");
        if (negative.Count > 0) yield break;

        var accounted = (long)resolvedOnTime + resolvedLate + overdue + pending;
        if (accounted != received)
        {
            yield return new Problem("received", string.Create(
                CultureInfo.InvariantCulture,
                $"{received} received, but resolvedOnTime {resolvedOnTime} + resolvedLate {resolvedLate} + overdue {overdue} + pending {pending} = {accounted}: every dossier received is resolved (on time or late) or still open (overdue or pending)"));
        }

        if (filedOnline > received)
            yield return new Problem("filedOnline", string.Create(CultureInfo.InvariantCulture, $"{filedOnline} filed online is more than the {received} received"));
    }
}
