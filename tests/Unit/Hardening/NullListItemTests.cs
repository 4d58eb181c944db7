using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Completions;
using Oai.Files;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Hardening;

/// <summary>The one rule for null items in lists: dropped when read, in every list of every record; a listing that
/// promises more pages without a cursor is an invalid response.</summary>
public sealed class NullListItemTests
{
    private static readonly NullabilityInfoContext s_nullability = new();

    /// <summary>Every init-settable list of a non-nullable item type on every public record of Oai.</summary>
    public static TheoryData<Type, string> Lists()
    {
        var data = new TheoryData<Type, string>();
        foreach (var type in typeof(ApiError).Assembly.GetExportedTypes().Where(t => !t.IsAbstract && !t.ContainsGenericParameters))
        {
            foreach (var property in ListProperties(type))
            {
                data.Add(type, property.Name);
            }
        }

        data.Add(typeof(ListPage<FileObjectStandIn>), nameof(ListPage<FileObjectStandIn>.Data));
        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_null_item_set_on_any_record_list_is_dropped(Type type, string propertyName)
    {
        var property = type.GetProperty(propertyName)!;
        var itemType = property.PropertyType.GetGenericArguments()[0];
        var list = Array.CreateInstance(itemType, 3);
        list.SetValue(Sample(itemType), 1);
        var record = Activator.CreateInstance(type)!;

        property.SetValue(record, list);

        var read = ((IEnumerable)property.GetValue(record)!).Cast<object?>().ToList();
        Assert.True(read.Count == 1 && read[0] is not null, $"{type.Name}.{propertyName} should keep the one real item of [null, item, null] and drop the nulls, not hold {read.Count} items");
    }

    [Fact]
    public void The_rule_covers_the_lists_the_hostile_server_broke()
    {
        var covered = Lists().Select(row => $"{((Type)row[0]).Name}.{row[1]}").ToHashSet();

        Assert.Subset(covered, new HashSet<string> { "ChatCompletionChunk.Choices", "ChatDelta.ToolCalls", "Completion.Choices", "ChatCompletionMessage.ToolCalls", "CreateEmbeddingResponse.Data" });
    }

    [Fact]
    public void A_chat_chunk_with_null_choices_and_null_tool_calls_folds_and_answers_its_guards()
    {
        var chunk = JsonSerializer.Deserialize("""
            {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[null,{"index":0,"delta":{"content":"Hi","tool_calls":[null,{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},"finish_reason":null},null]}
            """, RecordsJsonContext.Default.ChatCompletionChunk)!;
        var accumulator = new ChatCompletionAccumulator();

        accumulator.Append(chunk);

        Assert.True(chunk.TryGetText(out var text), "the first real choice's content should be found past the null");
        Assert.Equal("Hi", text);
        var choice = Assert.Single(accumulator.Build().Choices);
        Assert.Equal("Hi", choice.Message.Content);
        Assert.Equal("call_1", Assert.Single(choice.Message.ToolCalls).Id);
    }

    [Fact]
    public void A_legacy_completion_chunk_with_null_choices_folds()
    {
        var chunk = JsonSerializer.Deserialize("""
            {"id":"cmpl-1","object":"text_completion","created":1,"model":"m","choices":[null,{"index":0,"text":"Hi","finish_reason":"stop"}]}
            """, RecordsJsonContext.Default.Completion)!;
        var accumulator = new CompletionAccumulator();

        accumulator.Append(chunk);

        Assert.Equal("Hi", Assert.Single(accumulator.Build().Choices).Text);
    }

    [Fact]
    public void A_chat_chunk_whose_only_choice_is_null_is_an_empty_chunk()
    {
        var chunk = JsonSerializer.Deserialize("""{"id":"c1","choices":[null]}""", RecordsJsonContext.Default.ChatCompletionChunk)!;

        Assert.Empty(chunk.Choices);
        Assert.False(chunk.TryGetText(out _), "a chunk with only a null choice has no content");
        Assert.False(chunk.IsUsageOnly, "a chunk without usage is not the usage chunk");
    }

    [Fact]
    public async Task A_listing_page_with_only_a_null_item_and_has_more_but_no_cursor_is_an_invalid_response()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"object":"list","data":[null],"has_more":true}""");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(async () =>
        {
            await foreach (var file in client.Files.ListAsync())
            {
                Assert.Fail($"no file should be read from a page of nulls, got {file.Id}");
            }
        });

        Assert.Equal("A listing page says has_more but gives no cursor for the next page (no last_id and no item id).", ex.Message);
    }

    [Fact]
    public async Task A_listing_page_that_repeats_its_cursor_is_an_invalid_response_not_an_endless_loop()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"object":"list","data":[{"id":"file-1","object":"file","bytes":1,"created_at":1,"filename":"a","purpose":"batch"}],"last_id":"file-1","has_more":true}""");
        using var client = TestClients.Create(mock);
        var ids = new List<string>();

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(async () =>
        {
            await foreach (var file in client.Files.ListAsync())
            {
                ids.Add(file.Id);
            }
        });

        Assert.Equal(["file-1", "file-1"], ids);
        Assert.Equal("A listing page says has_more but gives the same cursor as the page before it.", ex.Message);
    }

    [Fact]
    public async Task An_empty_last_id_falls_back_to_the_last_items_id()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").WithQueryString("after", "file-1").Respond("application/json", """{"object":"list","data":[{"id":"file-2","object":"file","bytes":1,"created_at":1,"filename":"b","purpose":"batch"}],"has_more":false}""");
        mock.When("*").Respond("application/json", """{"object":"list","data":[{"id":"file-1","object":"file","bytes":1,"created_at":1,"filename":"a","purpose":"batch"}],"last_id":"","has_more":true}""");
        using var client = TestClients.Create(mock);
        var ids = new List<string>();

        await foreach (var file in client.Files.ListAsync())
        {
            ids.Add(file.Id);
        }

        Assert.Equal(["file-1", "file-2"], ids);
    }

    private static IEnumerable<PropertyInfo> ListProperties(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && property.SetMethod is { IsPublic: true }
                && !property.PropertyType.GetGenericArguments()[0].IsValueType
                && s_nullability.Create(property).GenericTypeArguments[0].ReadState != NullabilityState.Nullable)
            {
                yield return property;
            }
        }
    }

    private static object Sample(Type itemType) =>
        itemType == typeof(string) ? "x" : itemType.IsAbstract ? UnknownOf(itemType) : Activator.CreateInstance(itemType)!;

    /// <summary>An instance of a union base: its Unknown variant, which keeps the raw JSON.</summary>
    private static object UnknownOf(Type union)
    {
        var unknown = union.Assembly.GetExportedTypes().First(t => union.IsAssignableFrom(t) && !t.IsAbstract);
        return Activator.CreateInstance(unknown)!;
    }

    /// <summary>A list item type for <see cref="ListPage{T}"/>, which is generic.</summary>
    public sealed record FileObjectStandIn
    {
        public string Id { get; init; } = "x";
    }
}
