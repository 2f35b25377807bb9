using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>
/// The table an aggregate is stored in, and every column of its row, read from EF Core's model:
/// the aggregate's own properties, the properties of the types it owns in the same table (an
/// observation's key) and of its complex properties (dossier counts), each with the converter
/// the model gives it (JSON columns, enums as text, dates as text on SQLite). Made once per model
/// and aggregate type.
/// </summary>
/// <param name="Name">The table's name, undelimited.</param>
/// <param name="Schema">The table's schema, or <see langword="null"/> for the default.</param>
/// <param name="Columns">Every column, in the model's order.</param>
/// <param name="Key">The index in <paramref name="Columns"/> of the primary key's one column.</param>
/// <param name="Version">The index in <paramref name="Columns"/> of the aggregate's version, its concurrency token.</param>
internal sealed record BulkTable(string Name, string? Schema, IReadOnlyList<BulkColumn> Columns, int Key, int Version)
{
    private static readonly ConcurrentDictionary<IEntityType, BulkTable> Tables = new();

    /// <summary>The table of <paramref name="entityType"/>, read once per model.</summary>
    /// <param name="entityType">An aggregate's entity type, mapped to a table of its own.</param>
    /// <returns>The table.</returns>
    /// <exception cref="NotSupportedException">The type has a shadow property, a collection, a navigation to another table or a key of several columns, which a row alone cannot hold.</exception>
    public static BulkTable Of(IEntityType entityType) => Tables.GetOrAdd(Guard.Against.Null(entityType), Read);

    /// <summary>A table's or column's name between double quotes, as SQLite and PostgreSQL both read it.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Such as <c>"on_date"</c>.</returns>
    public static string Quoted(string name) => "\"" + Guard.Against.Null(name).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static BulkTable Read(IEntityType entityType)
    {
        var columns = new List<BulkColumn>();
        int key = -1, version = -1;
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsShadowProperty()) throw Unsupported(entityType, $"shadow property {property.Name}");
            if (property.IsPrimaryKey()) key = key < 0 ? columns.Count : throw Unsupported(entityType, "a key of several columns");
            if (property.IsConcurrencyToken) version = columns.Count;
            var getter = property.GetGetter();
            columns.Add(Column(property, entity => getter.GetClrValue(entity)));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var getter = property.GetGetter();
                columns.Add(Column(property, entity => getter.GetClrValueUsingContainingEntity(entity)));
            }
        }

        foreach (var navigation in entityType.GetNavigations())
        {
            var owned = navigation.TargetEntityType;
            if (navigation.IsCollection || !navigation.ForeignKey.IsOwnership || owned.GetTableName() != entityType.GetTableName())
                throw Unsupported(entityType, $"navigation {navigation.Name}");
            var ownedGetter = navigation.GetGetter();
            foreach (var property in owned.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                var getter = property.GetGetter();
                columns.Add(Column(property, entity => ownedGetter.GetClrValue(entity) is { } value ? getter.GetClrValue(value) : null));
            }
        }

        return new BulkTable(
            entityType.GetTableName() ?? throw Unsupported(entityType, "no table"),
            entityType.GetSchema(),
            columns,
            key >= 0 ? key : throw Unsupported(entityType, "no key"),
            version >= 0 ? version : throw Unsupported(entityType, "no version"));
    }

    private static BulkColumn Column(IProperty property, Func<object, object?> read)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var name = property.GetColumnName();
        return converter is null
            ? new BulkColumn(name, mapping, read)
            : new BulkColumn(name, mapping, entity => read(entity) is { } value ? converter.ConvertToProvider(value) : null);
    }

    private static NotSupportedException Unsupported(IEntityType entityType, string what) =>
        new($"{entityType.DisplayName()} cannot be written in bulk: {what}.");
}
