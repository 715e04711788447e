"""Deformable convolutions' channel checks per (deformable) group in MXNet's order, and the shapes convolutional RNN
cells derive from their input shape and layout (channels first or last, unknown sizes)."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon.contrib import cnn, rnn
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def deformable(cls, channels, in_channels, groups, deformable_groups):
    layer = cls(channels, kernel_size=3, groups=groups, num_deformable_group=deformable_groups)
    layer.initialize()
    return layer(nd.ones((1, in_channels, 5, 5))).shape


for cls in (cnn.DeformableConvolution, cnn.ModulatedDeformableConvolution):
    for channels, in_channels, groups, deformable_groups in ((4, 6, 1, 3), (4, 6, 1, 4), (6, 4, 1, 4), (3, 3, 1, 3),
                                                             (4, 4, 2, 2), (3, 4, 2, 1), (4, 3, 3, 1), (2, 4, 2, 4)):
        attempt(f"{cls.__name__} {channels} <- {in_channels}, groups {groups}, deformable {deformable_groups}",
                lambda: deformable(cls, channels, in_channels, groups, deformable_groups))
x, w = nd.ones((1, 6, 5, 5)), nd.ones((4, 6, 3, 3))
attempt("nd.contrib modulated, 4 filters in 3 deformable groups",
        lambda: nd.contrib.ModulatedDeformableConvolution(x, nd.zeros((1, 54, 3, 3)), nd.ones((1, 27, 3, 3)), w,
                                                          kernel=(3, 3), num_filter=4, num_deformable_group=3,
                                                          no_bias=True).shape)
attempt("nd.contrib v1, 4 filters in 3 deformable groups",
        lambda: nd.contrib.DeformableConvolution(x, nd.zeros((1, 54, 3, 3)), w, kernel=(3, 3), num_filter=4,
                                                 num_deformable_group=3, no_bias=True).shape)


def cell(cls, shape, layout=None):
    c = cls(shape, 2, 3, 3, **({"conv_layout": layout} if layout else {}))
    return repr(c), c.state_info(1), [(k.split("_", 2)[-1], v.shape) for k, v in sorted(c.collect_params().items())]


for cls, shape in ((rnn.Conv1DLSTMCell, (2, 5)), (rnn.Conv2DGRUCell, (2, 4, 4)), (rnn.Conv3DRNNCell, (2, 3, 3, 3))):
    for layout in (None, "NCW", "NWC", "NCHW", "NHWC", "NCDHW", "NDHWC", "CNW"):
        attempt(f"{cls.__name__} {shape} {layout}", lambda: cell(cls, shape, layout))
for cls, shape, layout in ((rnn.Conv2DLSTMCell, (2, 0, 4), "NCHW"), (rnn.Conv2DLSTMCell, (0, 4, 2), "NHWC"),
                           (rnn.Conv2DGRUCell, (2, 0, 0), None), (rnn.Conv1DGRUCell, (2, 5), "NWC"),
                           (rnn.Conv1DRNNCell, [2, 5], None)):
    attempt(f"{cls.__name__} {shape} {layout}", lambda: cell(cls, shape, layout))


def step(cls, shape, layout, data):
    c = cls(shape, 2, 3, 3, conv_layout=layout)
    c.initialize(mx.init.Constant(0.05))
    out, states = c(nd.ones(data), c.begin_state(data[0]))
    return out.shape, [s.shape for s in states]


attempt("NWC step", lambda: step(rnn.Conv1DLSTMCell, (5, 2), "NWC", (1, 5, 2)))
attempt("NHWC step", lambda: step(rnn.Conv2DGRUCell, (4, 4, 2), "NHWC", (1, 4, 4, 2)))
attempt("NCHW step, unknown height", lambda: step(rnn.Conv2DRNNCell, (2, 0, 4), "NCHW", (1, 2, 5, 4)))
