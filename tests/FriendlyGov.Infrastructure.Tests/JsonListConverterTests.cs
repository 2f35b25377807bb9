using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Infrastructure.Persistence;
using NodaTime;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The JSON list columns: a list of flat records (an observation's steps) is written element by
/// element, and its text is exactly the serializer's for the whole list, so that stored rows and
/// their readers do not change.
/// </summary>
public sealed class JsonListConverterTests
{
    [Fact]
    public void A_history_is_written_as_the_json_array_of_its_steps_in_order()
    {
        List<ObservationStep> history =
        [
            new(ObservationStatus.Reported, "appraiser", Instant.FromUtc(2025, 1, 10, 2, 0), "Phản ánh \"số 1\" qua đường dây nóng"),
            new(ObservationStatus.Confirmed, "CB-017", Instant.FromUtc(2025, 1, 11, 2, 0, 30) + Duration.FromMilliseconds(250), "Đã xác minh"),
        ];

        var json = (string)JsonColumns.ListConverter<ObservationStep>().ConvertToProvider(history)!;

        // By hand: fields in declaration order, statuses by name, instants in extended ISO with the
        // fraction's trailing zeros dropped, Vietnamese unescaped, the quote escaped.
        json.Should().Be(
            """[{"Status":"Reported","By":"appraiser","At":"2025-01-10T02:00:00Z","Reason":"Phản ánh \"số 1\" qua đường dây nóng"},"""
            + """{"Status":"Confirmed","By":"CB-017","At":"2025-01-11T02:00:30.25Z","Reason":"Đã xác minh"}]""");
        JsonColumns.ListConverter<ObservationStep>().ConvertFromProvider(json).Should().BeEquivalentTo(history);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(2_000)]
    public void A_list_of_any_length_is_the_text_the_serializer_writes_for_it_whole(int steps)
    {
        // 2,000 steps of about 150 bytes outgrow the buffer kept per thread; the next list still comes out whole.
        List<ObservationStep> history =
        [
            .. Enumerable.Range(0, steps).Select(i => new ObservationStep(
                (ObservationStatus)(i % 3), $"cán bộ {i}", Instant.FromUtc(2025, 1, 10, 2, 0) + Duration.FromNanoseconds(i * 1_000_001L), $"lý do <{i}> & \\ \u0001")),
        ];
        var converter = JsonColumns.ListConverter<ObservationStep>();

        var json = (string)converter.ConvertToProvider(history)!;
        var next = (string)converter.ConvertToProvider(history.Take(1).ToList())!;

        json.Should().Be(System.Text.Json.JsonSerializer.Serialize(history, JsonColumns.Options));
        next.Should().Be(System.Text.Json.JsonSerializer.Serialize(history.Take(1).ToList(), JsonColumns.Options));
    }

    [Fact]
    public void A_list_of_nested_records_is_the_text_the_serializer_writes_for_it_whole()
    {
        List<EvidenceEntry> entries =
        [
            new("G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true }, "officer", Instant.FromUtc(2025, 1, 10, 2, 0)),
            new("G1.2.1", EvidenceSource.Appraisal, new IndicatorEvidence { Met = false }, "appraiser", Instant.FromUtc(2025, 1, 12, 2, 0), "Thiếu hồ sơ"),
        ];

        var json = (string)JsonColumns.ListConverter<EvidenceEntry>().ConvertToProvider(entries)!;

        json.Should().Be(System.Text.Json.JsonSerializer.Serialize(entries, JsonColumns.Options))
            .And.StartWith("""[{"IndicatorId":"G1.1.2","Source":"Self","Evidence":{""");
    }
}
