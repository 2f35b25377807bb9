using System.Text;
using FriendlyGov.Application;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// A citizen's personal data never reaches the database or EF Core's log, even with sensitive
/// data logging on: only the redacted comment is ever written.
/// </summary>
public sealed class FeedbackPrivacyTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly List<string> _log = [];

    [Fact]
    public async Task No_log_line_and_no_byte_of_the_database_holds_the_original_comment()
    {
        var file = Path.Combine(_folder.Path, "privacy.db");
        var services = new ServiceCollection()
            .AddFriendlyGov()
            .AddFriendlyGovSqlite($"Data Source={file};Pooling=False", options => options.EnableSensitiveDataLogging().LogTo(_log.Add, LogLevel.Trace))
            .AddScoped<TestActor>()
            .AddScoped<ICurrentActor>(provider => provider.GetRequiredService<TestActor>())
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)))
            .BuildServiceProvider();
        await using (services)
        {
            await Send(services, new("admin", new HashSet<ActorRole> { ActorRole.ProvinceAdministrator }, "Đồng Nai"), new RegisterUnits(
                Guid.NewGuid(), [new UnitRegistration("25996", UnitKind.Ward, "Phường Tân Phong", "Đồng Nai", new LocalDate(2020, 1, 1))]));
            await Send(services, new("kiosk-25996", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, "Đồng Nai", "25996"), new RecordFeedback(
                Guid.NewGuid(), "25996", new LocalDate(2025, 1, 9), FeedbackChannel.Kiosk, 5, 5, 4, 4, 5, 5,
                "Cảm ơn anh Bình. SĐT 0912.345.678, CCCD 0790 9500 1234, email binh.tran@yahoo.com.vn"));
        }

        var secrets = new[] { "0912.345.678", "0912345678", "0790 9500 1234", "079095001234", "binh.tran@yahoo.com.vn" };
        _log.Should().Contain(line => line.Contains("[số điện thoại]", StringComparison.Ordinal), "the redacted comment is logged as a parameter");
        _log.Should().NotContain(line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
        var database = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        database.Should().Contain("Cảm ơn anh Bình. SĐT [số điện thoại], CCCD [số định danh], email [email]");
        foreach (var secret in secrets) database.Should().NotContain(secret);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private static async Task Send<T>(IServiceProvider services, Actor actor, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = actor;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, TestContext.Current.CancellationToken);
    }
}
