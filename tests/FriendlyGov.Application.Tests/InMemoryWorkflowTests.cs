using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Application.Tests;

/// <summary>The workflow contract over the in-memory ports.</summary>
public sealed class InMemoryWorkflowTests : WorkflowContract
{
    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services) => services.AddInMemoryStores();
}
