using System.Collections.Generic;

namespace Oai.Moderations;

/// <summary>One category of a <see cref="ModerationResult"/>: whether it was flagged, its score, and the kinds of input
/// it was applied to.</summary>
/// <param name="Category">The category.</param>
/// <param name="Flagged">Whether the input was flagged for it.</param>
/// <param name="Score">The model's confidence, 0 to 1; null when the service sent no score for it.</param>
/// <param name="AppliedInputTypes">The kinds of input the category was checked on; empty when not sent.</param>
public readonly record struct ModerationCategoryResult(
    ModerationCategory Category, bool Flagged, double? Score, IReadOnlyList<ModerationInputType> AppliedInputTypes);
