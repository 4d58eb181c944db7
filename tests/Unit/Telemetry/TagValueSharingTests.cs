using System;
using Oai.Telemetry;

namespace Oai.UnitTests.Telemetry;

/// <summary>The shared boxes and the inline first choice that keep a traced call's allocations down must record exactly
/// what a fresh box or a list would: the same type, the same bits, the same finish reasons in choice order.</summary>
public sealed class TagValueSharingTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(11L)]
    [InlineData(1023L)]
    [InlineData(1024L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public void A_boxed_count_is_a_long_of_the_same_value(long value)
    {
        var boxed = TagValues.Box(value);

        Assert.IsType<long>(boxed);
        Assert.Equal(value, (long)boxed);
        Assert.Equal(value, (long)TagValues.Box(value));
    }

    [Fact]
    public void Small_counts_share_one_box_and_large_ones_do_not()
    {
        Assert.Same(TagValues.Box(7L), TagValues.Box(7L));
        Assert.NotSame(TagValues.Box(5000L), TagValues.Box(5000L));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(0.25)]
    [InlineData(2.1)]
    [InlineData(-0.5)]
    [InlineData(0.30000000000000004)]
    [InlineData(0.3)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_boxed_parameter_holds_exactly_the_bits_asked_for(double value)
    {
        // Twice: the second call may come from the cache, which a neighbouring value may have filled.
        for (var i = 0; i < 2; i++)
        {
            var boxed = TagValues.Box(value);
            Assert.IsType<double>(boxed);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)boxed));
        }
    }

    [Fact]
    public void Neighbouring_values_in_one_slot_each_come_back_exact()
    {
        double[] values = [0.3, 0.30000000000000004, 0.3, -0.0, 0.0, -0.0];
        foreach (var value in values)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)TagValues.Box(value)));
        }
    }

    [Fact]
    public void One_choice_reports_its_reason_and_a_later_null_keeps_it()
    {
        var info = new ResponseInfo();
        info.SetChoice(0, "stop");
        info.SetChoice(0, null);

        Assert.Equal(1, info.ChoiceCount);
        Assert.Equal(["stop"], info.FinishReasons());
    }

    [Fact]
    public void One_unfinished_choice_reports_error()
    {
        var info = new ResponseInfo();
        info.SetChoice(0, null);

        Assert.Equal(["error"], info.FinishReasons());
    }

    [Fact]
    public void A_second_choice_keeps_the_first_ones_reason_in_order()
    {
        var info = new ResponseInfo();
        info.SetChoice(0, "length");
        info.SetChoice(2, "stop");

        Assert.Equal(3, info.ChoiceCount);
        Assert.Equal(["length", "error", "stop"], info.FinishReasons());
    }

    [Fact]
    public void Choices_seen_out_of_order_report_in_choice_order()
    {
        var info = new ResponseInfo();
        info.SetChoice(1, "tool_calls");
        info.SetChoice(0, "stop");

        Assert.Equal(2, info.ChoiceCount);
        Assert.Equal(["stop", "tool_calls"], info.FinishReasons());
    }

    [Fact]
    public void No_choice_reports_none()
    {
        var info = new ResponseInfo();

        Assert.Equal(0, info.ChoiceCount);
        Assert.Empty(info.FinishReasons());
        Assert.Empty(info.Extra);
    }

    [Fact]
    public void Extra_attributes_keep_their_order_and_are_redacted()
    {
        var info = new ResponseInfo();
        info.AddExtra("openai.file.id", "file-sk-abcdefghijkl");
        info.AddExtra("openai.file.bytes", 12L);
        info.Redact("sk-unused-key-000000");

        Assert.Equal(2, info.Extra.Count);
        Assert.Equal("openai.file.id", info.Extra[0].Key);
        Assert.Equal("file-[redacted]", info.Extra[0].Value);
        Assert.Equal(12L, info.Extra[1].Value);
    }
}
