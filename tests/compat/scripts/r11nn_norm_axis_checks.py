"""LayerNorm and BatchNorm refuse an axis the data lacks in their own check words (BatchNorm's shows a negative axis as unsigned)."""
import mxnet as mx

for shape in [(2, 3), (2, 3, 4)]:
    x = mx.nd.ones(shape)
    for ax in (len(shape), 5, -len(shape) - 1, -6):
        for op in ("LayerNorm", "BatchNorm"):
            try:
                if op == "LayerNorm":
                    mx.nd.LayerNorm(x, mx.nd.ones((3,)), mx.nd.zeros((3,)), axis=ax)
                else:
                    mx.nd.BatchNorm(x, mx.nd.ones((3,)), mx.nd.zeros((3,)), mx.nd.zeros((3,)), mx.nd.ones((3,)), axis=ax)
                print(op, shape, ax, "ok")
            except mx.base.MXNetError as e:
                line = [l for l in str(e).splitlines() if "Check failed" in l][0]
                print(op, shape, ax, line[line.index("Check failed"):].split(" (data has")[0])
