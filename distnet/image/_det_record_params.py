"""ImageDetRecordIter's parameters as MXNet's core reads them: one struct after another (batch, normaliser, iterator,
parser, then the ``det_aug_default`` augmenter's), each struct's keys in the order given and its required ones checked
after them. Keys no struct holds (ImageRecordIter's augmenter's, say) are ignored."""
from ..base import MXNetError
from ..ndarray.param_text import read_value
from ._record_iter import image_shape

_BATCH = ("batch_size", "round_batch")
_NORMALIZER = ("seed", "verbose", "mean_img", "mean_r", "mean_g", "mean_b", "mean_a", "std_r", "std_g", "std_b",
               "std_a", "scale")
_ITERATOR = ("shuffle", "seed", "verbose")
_PARSER = ("path_imglist", "path_imgrec", "aug_seq", "label_width", "data_shape", "preprocess_threads", "verbose",
           "num_parts", "part_index", "shuffle_chunk_size", "shuffle_chunk_seed", "label_pad_width", "label_pad_value")
# the augmenter's parameter types (param_text kinds; a tuple: the values an enum takes)
_AUGMENTER = {"resize": "i", "rand_crop_prob": "f", "min_crop_scales": "F", "max_crop_scales": "F",
              "min_crop_aspect_ratios": "F", "max_crop_aspect_ratios": "F", "min_crop_overlaps": "F",
              "max_crop_overlaps": "F", "min_crop_sample_coverages": "F", "max_crop_sample_coverages": "F",
              "min_crop_object_coverages": "F", "max_crop_object_coverages": "F", "num_crop_sampler": "i",
              "crop_emit_mode": ("center", "overlap"), "emit_overlap_thresh": "f", "max_crop_trials": "s",
              "rand_pad_prob": "f", "max_pad_scale": "f", "max_random_hue": "i", "random_hue_prob": "f",
              "max_random_saturation": "i", "random_saturation_prob": "f", "max_random_illumination": "i",
              "random_illumination_prob": "f", "max_random_contrast": "f", "random_contrast_prob": "f",
              "rand_mirror_prob": "f", "fill_value": "i", "inter_method": "i",
              "resize_mode": ("fit", "force", "shrink"), "data_shape": "shape"}
_KINDS = dict({key: "f" for key in _NORMALIZER[3:]}, batch_size="I", round_batch="b", seed="i", verbose="b",
              mean_img="text", shuffle="b", path_imglist="text", path_imgrec="text", aug_seq="text", label_width="i",
              preprocess_threads="threads", num_parts="i", part_index="i", shuffle_chunk_size="L",
              shuffle_chunk_seed="i", label_pad_width="i", label_pad_value="f", **_AUGMENTER)
STRUCTS = ((_BATCH, ("batch_size",)), (_NORMALIZER, ()), (_ITERATOR, ()), (_PARSER, ("data_shape",)),
           (tuple(_AUGMENTER), ("data_shape",)))
# what else the iterator's creation reads (its prefetcher's parameters and the Python iterator's names)
OTHER_KEYS = ("prefetch_buffer", "ctx", "dtype", "data_name", "label_name")
KEYS = frozenset(_KINDS) | frozenset(OTHER_KEYS)


def check(key, value):
    """The core's parse of one of the iterator's parameters."""
    kind = _KINDS[key]
    if kind == "text":
        return
    if isinstance(kind, tuple):
        if str(value) not in kind:
            raise MXNetError(f"Invalid Input: '{value}', valid values are: {{{', '.join(map(repr, kind))}}}")
    elif kind == "shape":
        image_shape({"data_shape": value})
    elif kind == "threads":
        threads = read_value(None, key, "i", value, {key: value})
        if threads < 1:
            raise MXNetError(f"value {threads} for Parameter preprocess_threads should be greater equal to 1\n"
                             "preprocess_threads: Backend Param: Number of thread to do preprocessing.")
    else:
        read_value(None, key, kind, value, {key: value})
