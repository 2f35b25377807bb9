namespace FriendlyGov.Reporting;

/// <summary>The files <see cref="ReportFolder"/> wrote.</summary>
/// <param name="Directory">The folder, as an absolute path.</param>
/// <param name="IndexPath">The absolute path of <c>index.html</c>, the page to open first.</param>
/// <param name="Files">Every file written, as paths relative to <paramref name="Directory"/> with
/// <c>/</c> between folders, in the order written: <c>index.html</c>, <c>ranking.md</c>,
/// <c>ranking.csv</c>, then <c>units/CODE.html</c>, <c>.md</c> and <c>.csv</c> per unit in rank order.</param>
public sealed record ReportFiles(string Directory, string IndexPath, IReadOnlyList<string> Files);
