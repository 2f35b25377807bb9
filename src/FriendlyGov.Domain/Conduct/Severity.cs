namespace FriendlyGov.Domain.Conduct;

/// <summary>How grave a breach of a conduct rule is. Each code of conduct sets the weight of each severity.</summary>
public enum Severity
{
    /// <summary>Minor (nhẹ), code <c>minor</c>: a lapse in courtesy such as "4 xin" or "4 luôn"; weight 1 by default.</summary>
    Minor,

    /// <summary>Serious (nghiêm trọng), code <c>serious</c>: such as harassment or indifference; weight 3 by default.</summary>
    Serious,

    /// <summary>Grave (đặc biệt nghiêm trọng), code <c>grave</c>: such as corruption or abuse of power; weight 10 by default.</summary>
    Grave,
}
