namespace FriendlyGov.Frameworks;

/// <summary>A province's signature of a result bundle (docs/formats.md, "The signed form").</summary>
/// <param name="Algorithm">The algorithm, <see cref="ProvinceKey.Algorithm"/>.</param>
/// <param name="PublicKeySha256">The SHA-256 of the signing key's public key (<see cref="ProvinceKey.PublicKeySha256"/>), naming the key.</param>
/// <param name="Value">The signature, base64: 64 bytes, r then s.</param>
public sealed record ResultSignature(string Algorithm, string PublicKeySha256, string Value);
