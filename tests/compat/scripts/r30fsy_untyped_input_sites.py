"""infer_type of a graph whose operator needs an input's type that nothing gives fails at that operator's check line (take, pick, CTCLoss, Dropout, split_v2, MakeLoss, SwapAxis, the Sequence ops, RNN, SVMOutput, UpSampling, LRN, the samplers, ROIPooling); BatchNorm of int data names its line; scatter_nd's output takes the data's type."""
# recorded on AVX2
import re
import warnings

from mxnet import sym

warnings.simplefilter("ignore")
x, y = sym.var("x"), sym.var("y")
graphs = {"take": lambda: sym.take(x, y), "pick": lambda: sym.pick(x, y), "CTCLoss": lambda: sym.CTCLoss(x, y),
          "Dropout": lambda: sym.Dropout(x), "split_v2": lambda: sym.split_v2(x, indices_or_sections=2),
          "MakeLoss": lambda: sym.MakeLoss(x), "SwapAxis": lambda: sym.SwapAxis(x),
          "SequenceMask": lambda: sym.SequenceMask(x), "SequenceLast": lambda: sym.SequenceLast(x),
          "SequenceReverse": lambda: sym.SequenceReverse(x),
          "RNN": lambda: sym.RNN(x, state_size=2, num_layers=1, mode="gru"), "SVMOutput": lambda: sym.SVMOutput(x),
          "UpSampling": lambda: sym.UpSampling(x, scale=2, sample_type="nearest"), "LRN": lambda: sym.LRN(x, nsize=3),
          "BilinearSampler": lambda: sym.BilinearSampler(x, y),
          "GridGenerator": lambda: sym.GridGenerator(x, transform_type="affine", target_shape=(3, 3)),
          "SpatialTransformer": lambda: sym.SpatialTransformer(x, y, target_shape=(3, 3), transform_type="affine",
                                                               sampler_type="bilinear"),
          "ROIPooling": lambda: sym.ROIPooling(x, y, pooled_size=(2, 2), spatial_scale=1.0)}
cases = [(label, make, {}) for label, make in graphs.items()]
cases += [("BatchNorm int32", lambda: sym.BatchNorm(x), {"x": "int32"}),
          ("BatchNorm uint8", lambda: sym.BatchNorm(x), {"x": "uint8"})]
cases += [(f"scatter_nd {given}", lambda: sym.scatter_nd(x, y, shape=(4, 3)), given)
          for given in ({"x": "float16"}, {"y": "int32"}, {"x": "float64", "y": "int32"})]
for label, make, given in cases:
    try:
        print(label, make().infer_type_partial(**given))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1])
