"""The vision and box operators' float-only kernels call bool an unknown type, and drop the comma before the 8-bit types, as MXNet's type switch does."""
import mxnet as mx

nd = mx.nd
CALLS = {
    "BilinearSampler": lambda t: nd.BilinearSampler(nd.ones((1, 1, 2, 2), dtype=t), nd.zeros((1, 2, 2, 2), dtype=t)),
    "ROIPooling": lambda t: nd.ROIPooling(nd.ones((1, 1, 4, 4), dtype=t), nd.array([[0, 0, 0, 2, 2]], dtype=t),
                                          pooled_size=(2, 2), spatial_scale=1.0),
    "Correlation": lambda t: nd.Correlation(nd.ones((1, 1, 4, 4), dtype=t), nd.ones((1, 1, 4, 4), dtype=t)),
    "box_nms": lambda t: nd.contrib.box_nms(nd.ones((3, 6), dtype=t)),
    "box_iou": lambda t: nd.contrib.box_iou(nd.ones((1, 4), dtype=t), nd.ones((2, 4), dtype=t)),
    "bipartite_matching": lambda t: nd.contrib.bipartite_matching(nd.ones((2, 3), dtype=t), threshold=0.5),
    "box_decode": lambda t: nd.contrib.box_decode(nd.ones((1, 2, 4), dtype=t), nd.ones((1, 2, 4), dtype=t)),
    "BilinearResize2D": lambda t: nd.contrib.BilinearResize2D(nd.ones((1, 2, 2, 2), dtype=t), height=3, width=3),
    "AdaptiveAvgPooling2D": lambda t: nd.contrib.AdaptiveAvgPooling2D(nd.ones((1, 2, 3, 3), dtype=t), output_size=2),
    "ROIAlign": lambda t: nd.contrib.ROIAlign(nd.ones((1, 2, 3, 3), dtype=t), nd.array([[0, 0, 0, 2, 2]], dtype=t),
                                              pooled_size=(2, 2), spatial_scale=1.0),
    "PSROIPooling": lambda t: nd.contrib.PSROIPooling(nd.ones((1, 4, 4, 4), dtype=t),
                                                      nd.array([[0, 0, 0, 2, 2]], dtype=t), spatial_scale=1.0,
                                                      output_dim=1, pooled_size=2),
}
for name, call in CALLS.items():
    for t in ("bool", "int8", "uint8", "int32"):
        try:
            out = call(t)
            (out[0] if isinstance(out, (list, tuple)) else out).asnumpy()
            print(name, t, "ran")
        except mx.base.MXNetError as e:
            text = str(e)
            for words in ("Unknown type enum 7", "only support floating point types"):
                if words in text:
                    print(name, t, text[text.index(words):].splitlines()[0])
                    break
