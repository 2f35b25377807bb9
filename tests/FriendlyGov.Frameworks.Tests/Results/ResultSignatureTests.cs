using System.Diagnostics;
using System.Text;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Tests.Results;

/// <summary>Province keys in standard PEM, and signed bundles: any changed byte fails the check, naming what does not match.</summary>
public sealed class ResultSignatureTests
{
    // Made with `openssl ecparam -name prime256v1 -genkey -noout`, `openssl ec -pubout` and
    // `openssl pkcs8 -topk8 -nocrypt`: a test key, never used for anything else.
    private const string OpensslPrivateKey = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEICGQNlMo43YV4gLwzvPwPtSOt8dVt78KhSA0c6Q8dugDoAoGCCqGSM49
        AwEHoUQDQgAE1OY/VO+C4YKFaJ7WxvA9X+qQ+pPsBLxSx1UW0hHx9gNTfBDSwVZl
        Qx6/FSB4sTJ/cjQQdtkV1Kjzp/4EEFkxHQ==
        -----END EC PRIVATE KEY-----
        """;

    private const string OpensslPublicKey = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1OY/VO+C4YKFaJ7WxvA9X+qQ+pPs
        BLxSx1UW0hHx9gNTfBDSwVZlQx6/FSB4sTJ/cjQQdtkV1Kjzp/4EEFkxHQ==
        -----END PUBLIC KEY-----
        """;

    private const string OpensslPkcs8Key = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgIZA2UyjjdhXiAvDO
        8/A+1I63x1W3vwqFIDRzpDx26AOhRANCAATU5j9U74LhgoVontbG8D1f6pD6k+wE
        vFLHVRbSEfH2A1N8ENLBVmVDHr8VIHixMn9yNBB22RXUqPOn/gQQWTEd
        -----END PRIVATE KEY-----
        """;

    // `openssl ec -in key.pem -pubout -outform DER | sha256sum`
    private const string OpensslKeySha256 = "b96ece9f1ccdeb013b00a24baa1fed6ed16a98c4edc22c083e2065bb6a34e510";

    [Fact]
    public void Keys_that_openssl_writes_load_and_are_named_by_the_hash_of_their_public_key()
    {
        using var sec1 = ProvinceKey.FromPem(OpensslPrivateKey, "key.pem");
        using var pkcs8 = ProvinceKey.FromPem(OpensslPkcs8Key, "key8.pem");
        using var pub = ProvinceKey.FromPem(OpensslPublicKey, "pub.pem");

        sec1.PublicKeySha256.Should().Be(OpensslKeySha256);
        pkcs8.PublicKeySha256.Should().Be(OpensslKeySha256);
        pub.PublicKeySha256.Should().Be(OpensslKeySha256);
        (sec1.HasPrivateKey, pkcs8.HasPrivateKey, pub.HasPrivateKey).Should().Be((true, true, false));
    }

    [Fact]
    public void A_bundle_signed_with_an_openssl_key_verifies_with_its_public_key()
    {
        using var key = ProvinceKey.FromPem(OpensslPrivateKey, "key.pem");
        using var pub = ProvinceKey.FromPem(OpensslPublicKey, "pub.pem");
        var bytes = ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key);

        var verification = ResultVerifier.Verify(ResultBundleReader.Read(bytes, "result.json"), pub, bytes);

        verification.Differences.Should().BeEmpty();
    }

    [Fact]
    public void A_key_openssl_makes_here_signs_a_bundle_that_verifies()
    {
        using var folder = new TempDirectory();
        var keyFile = Path.Combine(folder.Path, "key.pem");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", keyFile]) { RedirectStandardError = true })!;
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("openssl is not on this machine; the shipped openssl keys above are checked instead");
        }

        using var key = ProvinceKey.ReadFile(keyFile);
        using var pub = ProvinceKey.FromPem(key.ExportPublicKeyPem(), "pub.pem");
        var bytes = ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key);

        ResultVerifier.Verify(ResultBundleReader.Read(bytes, "result.json"), pub, bytes).Differences.Should().BeEmpty();
    }

    [Fact]
    public void A_signed_bundle_with_one_changed_figure_fails_the_signature_check()
    {
        using var key = ProvinceKey.Generate();
        using var pub = ProvinceKey.FromPem(key.ExportPublicKeyPem(), "pub.pem");
        var text = Encoding.UTF8.GetString(ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key));
        var at = text.IndexOf("\"unitName\": \"Xã Bình Lộc\"", StringComparison.Ordinal);
        at.Should().BePositive();

        // One byte: "Lộc" becomes "Lộd" in the ranking, which scoring does not read.
        var changed = Encoding.UTF8.GetBytes(text[..at] + "\"unitName\": \"Xã Bình Lộd\"" + text[(at + "\"unitName\": \"Xã Bình Lộc\"".Length)..]);
        var verification = ResultVerifier.Verify(ResultBundleReader.Read(changed, "result.json"), pub, changed);

        verification.Differences.Should().Contain("signature: does not match the bundle's content: it was changed after signing, or signed by another key");
    }

    [Fact]
    public void A_signed_bundle_with_one_changed_space_fails_the_signature_check_at_that_byte()
    {
        using var key = ProvinceKey.Generate();
        using var pub = ProvinceKey.FromPem(key.ExportPublicKeyPem(), "pub.pem");
        var bytes = ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key);

        // The file starts "{\n  \"format\"": byte 2 is the first space of the indentation.
        bytes[2] = (byte)'\t';
        var verification = ResultVerifier.Verify(ResultBundleReader.Read(bytes, "result.json"), pub, bytes);

        verification.Differences.Should().Equal("signature: the file differs from the signed form at byte 2: it was changed after signing");
    }

    [Fact]
    public void A_bundle_checked_against_another_province_key_names_both_keys()
    {
        using var key = ProvinceKey.FromPem(OpensslPrivateKey, "key.pem");
        using var other = ProvinceKey.Generate();
        var bytes = ResultBundleWriter.WriteSigned(SampleResults.Bundle(), key);

        var verification = ResultVerifier.Verify(ResultBundleReader.Read(bytes, "result.json"), other, bytes);

        verification.Differences.Should().Equal($"signature: signed by the key {OpensslKeySha256}, not by the given public key {other.PublicKeySha256}");
    }

    [Fact]
    public void An_unsigned_bundle_fails_when_a_public_key_is_given()
    {
        using var pub = ProvinceKey.FromPem(OpensslPublicKey, "pub.pem");
        var bytes = ResultBundleWriter.Write(SampleResults.Bundle());

        ResultVerifier.Verify(ResultBundleReader.Read(bytes, "result.json"), pub, bytes).Differences.Should().Equal("signature: the bundle is not signed");
    }

    [Fact]
    public void The_signed_bytes_are_the_file_without_its_signature_member()
    {
        using var key = ProvinceKey.Generate();
        var bundle = SampleResults.Bundle();
        var unsigned = Encoding.UTF8.GetString(ResultBundleWriter.Write(bundle));
        var signed = Encoding.UTF8.GetString(ResultBundleWriter.WriteSigned(bundle, key));

        // docs/formats.md: remove from ",\n  \"signature\"" up to the closing "\n}\n".
        var start = signed.IndexOf(",\n  \"signature\": {", StringComparison.Ordinal);
        var withoutSignature = signed[..start] + "\n}\n";

        withoutSignature.Should().Be(unsigned);
    }

    [Fact]
    public void Text_that_is_not_a_key_is_refused_naming_the_file()
    {
        var act = () => ProvinceKey.FromPem("not a key", "key.pem");

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().ContainSingle().Which.Should().StartWith("key.pem: key: not a PEM ECDSA key");
    }
}
