"""A training executor's listing when an op's output gradients are all zeros (behind a comparison): generic
gradient makers hand zeros on, layers and legacy operators still build their backward node; elemwise_add and
add_n pass the zeros through. Also transpose's inverse axes, sort's backward and the non-differentiable checks."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
IMG = (2, 3, 4, 4)
CASES = [
    ('fc', lambda x: S.FullyConnected(x, num_hidden=4, flatten=False), (2, 3)),
    ('fc_no_bias', lambda x: S.FullyConnected(x, num_hidden=2, no_bias=True), (2, 3)),
    ('leaky', lambda x: S.LeakyReLU(x), (2, 3)), ('selu', lambda x: S.LeakyReLU(x, act_type='selu'), (2, 3)),
    ('prelu', lambda x: S.LeakyReLU(x, act_type='prelu'), (2, 3)),
    ('act_relu', lambda x: S.Activation(x, act_type='relu'), (2, 3)),
    ('act_tanh', lambda x: S.Activation(x, act_type='tanh'), (2, 3)),
    ('conv', lambda x: S.Convolution(x, kernel=(1, 1), num_filter=4), IMG),
    ('deconv', lambda x: S.Deconvolution(x, kernel=(1, 1), num_filter=2), IMG),
    ('batchnorm', lambda x: S.BatchNorm(x), IMG), ('pool_avg', lambda x: S.Pooling(x, kernel=(1, 1), pool_type='avg'), IMG),
    ('pool_max', lambda x: S.Pooling(x, kernel=(2, 2)), IMG), ('dropout', lambda x: S.Dropout(x, p=0.5), (2, 3)),
    ('layernorm', lambda x: S.LayerNorm(x), (2, 3)), ('instancenorm', lambda x: S.InstanceNorm(x), IMG),
    ('l2norm', lambda x: S.L2Normalization(x), (2, 3)), ('concat', lambda x: S.concat(x, x, dim=1), (2, 3)),
    ('swapaxes', lambda x: S.swapaxes(x, dim1=0, dim2=1), (2, 3)), ('where', lambda x: S.where(x, x, x), (2, 3)),
    ('pad', lambda x: S.pad(x, mode='edge', pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), IMG),
    ('upsampling', lambda x: S.UpSampling(x, scale=2, sample_type='nearest'), IMG),
    ('slicechannel', lambda x: S.SliceChannel(x, num_outputs=1, axis=1), IMG), ('crop', lambda x: S.Crop(x, h_w=(2, 2)), IMG),
    ('sequence_last', lambda x: S.SequenceLast(x), IMG), ('sequence_mask', lambda x: S.SequenceMask(x), IMG),
    ('batch_dot', lambda x: S.batch_dot(x, x), (2, 3, 3)), ('make_loss', lambda x: S.MakeLoss(x), (2, 3)),
    ('moments', lambda x: S.moments(x, axes=(1,))[0], (2, 3)), ('softmax_output', lambda x: S.SoftmaxOutput(x), (2, 3)),
    ('linear_reg', lambda x: S.LinearRegressionOutput(x), (2, 3)), ('split_v2', lambda x: S.split_v2(x, 3, axis=1)[0], IMG),
    ('abs', lambda x: S.abs(x), (2, 3)), ('relu', lambda x: S.relu(x), (2, 3)), ('plus_scalar', lambda x: x + 1, (2, 3)),
    ('rpower', lambda x: 2 ** x, (2, 3)), ('reshape', lambda x: S.reshape(x, shape=(-1,)), (2, 3)),
    ('transpose', lambda x: S.transpose(x), (2, 3)), ('sum', lambda x: S.sum(x, axis=1, keepdims=True), (2, 3)),
    ('broadcast_add', lambda x: S.broadcast_add(x, x), (2, 3)), ('elemwise_add', lambda x: x + x, (2, 3)),
    ('add_n', lambda x: S.add_n(x, x, x), (2, 3)), ('elemwise_sum', lambda x: S.ElementWiseSum(x, x), (2, 3)),
    ('add_blockgrad', lambda x: S.elemwise_add(x, S.BlockGrad(x)), (2, 3)), ('mul', lambda x: x * x, (2, 3)),
    ('dot', lambda x: S.dot(x, x, transpose_b=True), (2, 3)), ('softmax', lambda x: S.softmax(x), (2, 3)),
    ('stack', lambda x: S.stack(x, x), (2, 3)), ('take', lambda x: S.take(x, S.BlockGrad(x)), (2, 3)),
    ('topk_value', lambda x: S.topk(x, k=1, ret_typ='value'), (2, 3)),
    ('sort_axis', lambda x: S.sort(x, axis=1), (2, 3)), ('cast', lambda x: S.Cast(x, dtype='float64'), (2, 3)),
    ('khatri_rao', lambda x: S.khatri_rao(x, x), (2, 3)),
    ('khatri_rao_then_fc', lambda x: S.FullyConnected(S.khatri_rao(x, x), num_hidden=2), (2, 3)),
    ('khatri_rao_then_abs', lambda x: S.abs(S.khatri_rao(x, x)), (2, 3)),
]


def backward_nodes(ex):
    lines = ex.debug_str().splitlines()
    heads = [line.strip() for line in lines if line.startswith('\toutput[')]
    ops = [line.split(', Name=')[1] + ':' + line.split(',')[0][3:] for line in lines
           if line.startswith('Op:') and 'backward' in line]
    return heads[1:], ops


for label, make, shape in CASES:
    for head in ('compare', 'scale'):
        mx.name.NameManager._current.value = mx.name.NameManager()
        x = S.Variable('data')
        try:
            y = make(x)
            y = y >= 1 if head == 'compare' else y * 2
            ex = y.simple_bind(mx.cpu(), data=shape)
            print(label, head, *backward_nodes(ex))
        except Exception as e:
            print(label, head, words(e))

for axes in ((1, 0), (2, 0, 1), (0, 2, 1), (1, 2, 0), ()):
    mx.name.NameManager._current.value = mx.name.NameManager()
    y = S.transpose(S.Variable('data'), axes=axes) if axes else S.transpose(S.Variable('data'))
    ex = y.simple_bind(mx.cpu(), data=(2, 3) if len(axes) == 2 else (2, 3, 4))
    print('transpose', axes, [line.strip() for line in ex.debug_str().splitlines() if 'axes' in line])

for kw in ({'axis': 0}, {'axis': 1, 'is_ascend': False}, {}):
    mx.name.NameManager._current.value = mx.name.NameManager()
    try:
        ex = (S.sort(S.Variable('data'), **kw) * 2).simple_bind(mx.cpu(), data=(2, 3))
        ex.arg_dict['data'][:] = mx.nd.array([[3, 1, 2], [0, 5, 4]])
        ex.forward(is_train=True)
        ex.backward(mx.nd.array([[1, 2, 3], [4, 5, 6]]))
        print('sort', kw, ex.grad_dict['data'].asnumpy().tolist())
        print('sort', kw, [line.strip() for line in ex.debug_str().split('_mulscalar0_backward\n')[-1].splitlines()])
    except Exception as e:
        print('sort', kw, words(e))
