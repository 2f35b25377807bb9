namespace FriendlyGov.Domain.Conduct;

/// <summary>One rule of a code of conduct (quy tắc ứng xử), such as <c>4X.1</c> "xin chào".</summary>
/// <param name="Id">The stable id, unique in its code, such as <c>5K.3</c>.</param>
/// <param name="Text">The rule, word for word, in Vietnamese and English.</param>
/// <param name="Severity">How grave a breach of the rule is.</param>
public sealed record ConductRule(string Id, LocalizedText Text, Severity Severity);
