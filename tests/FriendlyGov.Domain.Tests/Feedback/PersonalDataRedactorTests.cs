using FriendlyGov.Domain.Feedback;

namespace FriendlyGov.Domain.Tests.Feedback;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Gọi tôi số 0912345678 nhé", "Gọi tôi số [số điện thoại] nhé")]
    [InlineData("SĐT: 091 234 5678.", "SĐT: [số điện thoại].")]
    [InlineData("liên hệ 0912.345.678 khi có kết quả", "liên hệ [số điện thoại] khi có kết quả")]
    [InlineData("số 0912-345-678", "số [số điện thoại]")]
    [InlineData("(0912 345 678)", "([số điện thoại])")]
    [InlineData("Zalo +84 912 345 678 hoặc email", "Zalo [số điện thoại] hoặc email")]
    [InlineData("gọi +84912345678", "gọi [số điện thoại]")]
    [InlineData("gọi (+84) 912 345 678", "gọi [số điện thoại]")]
    [InlineData("số 84912345678 là của tôi", "số [số điện thoại] là của tôi")]
    [InlineData("máy bàn 0251 3822 123, gặp chị Lan", "máy bàn [số điện thoại], gặp chị Lan")]
    [InlineData("gọi (024) 3825 1234", "gọi [số điện thoại]")]
    [InlineData("gọi 02513822123", "gọi [số điện thoại]")]
    [InlineData("gọi +84 251 3822 123", "gọi [số điện thoại]")]
    [InlineData("Viettel 0362123456, Vinaphone 0888123456", "Viettel [số điện thoại], Vinaphone [số điện thoại]")]
    [InlineData("SĐT0912345678", "SĐT[số điện thoại]")]
    public void Removes_phone_numbers_in_their_usual_forms(string comment, string expected) =>
        PersonalDataRedactor.Redact(comment).Should().Be(new RedactedText(expected, 1 + (expected.Split("[số điện thoại]").Length - 2), 0, 0));

    [Theory]
    [InlineData("CCCD của tôi là 079095001234.", "CCCD của tôi là [số định danh].")]
    [InlineData("CCCD 0790 9500 1234 bị ghi sai", "CCCD [số định danh] bị ghi sai")]
    [InlineData("số định danh 001.095.001.234", "số định danh [số định danh]")]
    [InlineData("CMND số 271234567 cấp năm 2010", "CMND số [số định danh] cấp năm 2010")]
    [InlineData("CCCD025095001234", "CCCD[số định danh]")]
    [InlineData("CCCD: 0790-9500-1234.", "CCCD: [số định danh].")]
    [InlineData("CCCD 079-095-001-234 nhé", "CCCD [số định danh] nhé")]
    [InlineData("CMND 271 234 567", "CMND [số định danh]")]
    [InlineData("CMND 271-234-567", "CMND [số định danh]")]
    public void Removes_citizen_id_numbers(string comment, string expected) =>
        PersonalDataRedactor.Redact(comment).Should().Be(new RedactedText(expected, 0, 1, 0));

    [Theory]
    [InlineData("gửi vào nguyenvana@gmail.com giúp", "gửi vào [email] giúp")]
    [InlineData("Email: tran.thi-b_2024+hs@dongnai.gov.vn.", "Email: [email].")]
    [InlineData("0912345678@gmail.com", "[email]")]
    public void Removes_email_addresses_whole(string comment, string expected) =>
        PersonalDataRedactor.Redact(comment).Should().Be(new RedactedText(expected, 0, 0, 1));

    [Theory]
    [InlineData("Lệ phí 1.500.000 đồng là quá cao")]
    [InlineData("nộp 150.000đ, chờ 15 ngày")]
    [InlineData("Dự án 500.000.000.000 đồng")]
    [InlineData("Tổng 1,500,000,000 VNĐ")]
    [InlineData("Hẹn ngày 02/05/2024 nhưng 10/05/2024 mới có")]
    [InlineData("Nộp hồ sơ ngày 2024-05-02 lúc 09:30")]
    [InlineData("ngày 02.05.2024")]
    [InlineData("Mã hồ sơ 000.00.25.H19-240502-0001 chưa xử lý")]
    [InlineData("Hồ sơ H19.25-240513-0005 trễ 3 ngày")]
    [InlineData("Giấy hẹn số 20240502093015")]
    [InlineData("Thửa đất số 123, tờ bản đồ số 45")]
    [InlineData("Phí 150000000 đồng")]
    [InlineData("Phí 150 000 000 đồng")]
    [InlineData("Phí 271.234.567 đ")]
    [InlineData("năm 2024 chờ 2 tiếng, xếp hàng số 127")]
    [InlineData("Cán bộ rất nhiệt tình, cảm ơn!")]
    [InlineData("")]
    public void Leaves_dates_amounts_codes_and_plain_text_as_they_are(string comment) =>
        PersonalDataRedactor.Redact(comment).Should().Be(new RedactedText(comment, 0, 0, 0));

    [Fact]
    public void Removes_every_item_of_a_comment_and_counts_each_kind()
    {
        const string comment = "Tôi là Nguyễn Văn A, CCCD 079095001234, SĐT 0912 345 678 hoặc 0251.3822.123, mail a.nguyen@yahoo.com. Lệ phí 1.500.000 đồng, hồ sơ 000.00.25.H19-240502-0001 hẹn 02/05/2024.";

        var redacted = PersonalDataRedactor.Redact(comment);

        redacted.Text.Should().Be("Tôi là Nguyễn Văn A, CCCD [số định danh], SĐT [số điện thoại] hoặc [số điện thoại], mail [email]. Lệ phí 1.500.000 đồng, hồ sơ 000.00.25.H19-240502-0001 hẹn 02/05/2024.");
        (redacted.PhoneNumbers, redacted.IdNumbers, redacted.EmailAddresses, redacted.Removed).Should().Be((2, 1, 1, 4));
    }

    [Fact]
    public void Normalizes_the_text_to_NFC_first()
    {
        var decomposed = "Cán bộ 0912345678".Normalize(System.Text.NormalizationForm.FormD);

        PersonalDataRedactor.Redact(decomposed).Text.Should().Be("Cán bộ [số điện thoại]".Normalize(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("12345678901234")]
    [InlineData("số 0912345678901")]
    public void Leaves_digits_that_are_part_of_a_longer_run(string comment) =>
        PersonalDataRedactor.Redact(comment).Text.Should().Be(comment);
}
