"""A training executor's debug_str lists MXNet's backward nodes (ops, names, inputs, attributes) for reverse, space/depth, amp casts, moments, linalg, sampler and sequence ops, and batch_dot under each transpose."""
# recorded on AVX2
import mxnet as mx

S = mx.sym
x, y, z, L = S.var("x"), S.var("y"), S.var("z"), S.var("len")


def show(label, out, shapes):
    try:
        ex = out.simple_bind(mx.cpu(), grad_req="write", **{a: shapes[a] for a in out.list_arguments() if a in shapes})
        text = ex.debug_str()
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0])
        return
    nodes = []
    for block in text.split("--------------------")[1:]:
        lines = block.strip().splitlines()
        if "backward" not in lines[0] and "_head_grad" not in lines[0] and "zeros" not in lines[0]:
            continue
        inputs = [line.strip().split("=", 1)[1].replace(" version=0", "") for line in lines if line.strip().startswith("arg[")]
        attrs = [line.strip() for line in lines if line.startswith("\t") and "=" in line
                 and not line.strip().startswith(("arg[", "cdep["))]
        nodes.append(lines[0][3:].replace(", Name=", "@") + " <" + ",".join(inputs) + "> " + " ".join(attrs))
    print(label)
    for node in nodes:
        print("   ", node)
    print("   ", [line for line in text.splitlines() if "MB" in line])


for ta in (False, True):
    for tb in (False, True):
        show(f"batch_dot {ta} {tb}", S.batch_dot(x, y, transpose_a=ta, transpose_b=tb),
             {"x": (2, 4, 3) if ta else (2, 3, 4), "y": (2, 3, 4) if tb else (2, 4, 3)})
        show(f"gemm2 {ta} {tb}", S.linalg.gemm2(x, y, transpose_a=ta, transpose_b=tb),
             {"x": (4, 3) if ta else (3, 4), "y": (3, 4) if tb else (4, 3)})
SHAPES = {"x": (3, 3), "y": (3, 3), "z": (3, 3), "len": (3,), "rois": (1, 5), "sigma": (3,)}
CASES = {
    "gemm": lambda: S.linalg.gemm(x, y, z), "potrf": lambda: S.linalg.potrf(x), "potri": lambda: S.linalg.potri(x),
    "trmm": lambda: S.linalg.trmm(x, y), "trsm": lambda: S.linalg.trsm(x, y), "sumlogdiag": lambda: S.linalg.sumlogdiag(x),
    "syrk": lambda: S.linalg.syrk(x), "gelqf": lambda: S.linalg.gelqf(x)[0], "gelqf 1": lambda: S.linalg.gelqf(x)[1],
    "syevd": lambda: S.linalg.syevd(x)[0], "inverse": lambda: S.linalg.inverse(x), "det": lambda: S.linalg.det(x),
    "slogdet 0": lambda: S.linalg.slogdet(x)[0], "slogdet 1": lambda: S.linalg.slogdet(x)[1],
    "slogdet both": lambda: S.Group(list(S.linalg.slogdet(x))),
    "extractdiag": lambda: S.linalg.extractdiag(x), "makediag": lambda: S.linalg.makediag(x),
    "maketrian": lambda: S.linalg.maketrian(S.linalg.extracttrian(x)),
    "flip": lambda: S.flip(x, axis=0), "reverse": lambda: S.reverse(x, axis=1),
    "amp_cast": lambda: S.amp_cast(x, dtype="float16"), "amp_multicast": lambda: S.amp_multicast(x, y, num_outputs=2)[0],
    "amp_multicast both": lambda: S.Group(list(S.amp_multicast(x, y, num_outputs=2))),
    "GridGenerator affine": lambda: S.GridGenerator(S.slice_axis(S.reshape(x, shape=(1, 9)), axis=1, begin=0, end=6),
                                                    transform_type="affine", target_shape=(2, 2)),
    "GridGenerator warp": lambda: S.GridGenerator(S.reshape(S.tile(x, reps=(2, 1)), shape=(1, 2, 3, 3)), transform_type="warp"),
    "moments": lambda: S.moments(x, axes=(0,))[0], "moments 1": lambda: S.moments(x, axes=(0,))[1],
    "Correlation": lambda: S.Correlation(S.reshape(x, shape=(1, 1, 3, 3)), S.reshape(y, shape=(1, 1, 3, 3)),
                                         kernel_size=1, max_displacement=0),
    "BilinearSampler": lambda: S.BilinearSampler(S.reshape(x, shape=(1, 1, 3, 3)),
                                                 S.reshape(S.tile(y, reps=(2, 1)), shape=(1, 2, 3, 3))),
    "SpatialTransformer": lambda: S.SpatialTransformer(
        S.reshape(x, shape=(1, 1, 3, 3)), S.slice_axis(S.reshape(y, shape=(1, 9)), axis=1, begin=0, end=6),
        target_shape=(2, 2), transform_type="affine", sampler_type="bilinear"),
    "space_to_depth": lambda: S.space_to_depth(S.reshape(S.tile(x, reps=(2, 2)), shape=(1, 1, 6, 6)), 2),
    "depth_to_space": lambda: S.depth_to_space(S.reshape(S.tile(x, reps=(4, 1)), shape=(1, 4, 3, 3)), 2),
    "SequenceMask of reshape": lambda: S.SequenceMask(S.reshape(x, shape=(3, 3, 1)), L, use_sequence_length=True),
    "SequenceLast": lambda: S.SequenceLast(x, L, use_sequence_length=True),
    "SequenceReverse": lambda: S.SequenceReverse(x, L, use_sequence_length=True),
    "index_copy": lambda: S.contrib.index_copy(x, L, y),
    "BilinearResize2D": lambda: S.contrib.BilinearResize2D(S.reshape(x, shape=(1, 1, 3, 3)), height=4, width=4),
    "AdaptiveAvgPooling2D": lambda: S.contrib.AdaptiveAvgPooling2D(S.reshape(x, shape=(1, 1, 3, 3)), output_size=2),
    "ROIAlign": lambda: S.contrib.ROIAlign(S.reshape(x, shape=(1, 1, 3, 3)), S.var("rois"), pooled_size=(1, 1),
                                           spatial_scale=1.0),
    "pdf_normal": lambda: S.random_pdf_normal(x, L, S.var("sigma")),
    "pdf_poisson log": lambda: S.random_pdf_poisson(x, L, is_log=True),
    "pdf_dirichlet": lambda: S.random_pdf_dirichlet(x, y),
}
for label, make in CASES.items():
    show(label, make(), SHAPES)

for label, make in {"SequenceMask": S.SequenceMask, "SequenceReverse": S.SequenceReverse}.items():
    out = make(S.reshape(S.relu(x), shape=(3, 3, 1)), L, use_sequence_length=True)
    ex = out.simple_bind(mx.cpu(), x=(3, 3), len=(3,))
    ex.forward(is_train=True, x=mx.nd.arange(9).reshape((3, 3)), len=mx.nd.array([1, 2, 3]))
    ex.backward(mx.nd.ones((3, 3, 1)))
    print(label, ex.outputs[0].asnumpy().ravel().tolist(), ex.grad_dict["x"].asnumpy().ravel().tolist())
