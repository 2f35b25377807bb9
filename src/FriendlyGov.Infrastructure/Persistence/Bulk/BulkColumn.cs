using Microsoft.EntityFrameworkCore.Storage;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>One column of a table written in bulk: its name, its store type and how to read its value from an aggregate.</summary>
/// <param name="Name">The column's name, undelimited.</param>
/// <param name="Mapping">EF Core's type mapping of the column: its store type, and the converter to the value the provider stores.</param>
/// <param name="Read">Reads the column's value, as the provider stores it, from an aggregate; <see langword="null"/> for SQL <c>NULL</c>.</param>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, Func<object, object?> Read);
