"""Random chains of F ops after a Dense layer (reductions, sorting, top-k, activations, norms, broadcasting, add_n, gemm2, SequenceMask...) give the same outputs and gradients imperatively, hybridized and with static_alloc as in MXNet."""
# recorded on AVX2
import mxnet as mx, numpy as np, random, re
from mxnet import nd, gluon, autograd
U = {
 'sum1': lambda F, x: F.sum(x, axis=1, keepdims=True), 'mean0': lambda F, x: F.mean(x, axis=0, keepdims=True), 'max1': lambda F, x: F.max(x, axis=1, keepdims=True),
 'T': lambda F, x: F.transpose(x), 'rev': lambda F, x: F.reverse(x, axis=1), 'flip0': lambda F, x: F.flip(x, axis=0),
 'sm': lambda F, x: F.softmax(x), 'lsm': lambda F, x: F.log_softmax(x, axis=0), 'l2n': lambda F, x: F.L2Normalization(x),
 'clip': lambda F, x: F.clip(x, -0.5, 0.7), 'relu': lambda F, x: F.relu(x), 'lrelu': lambda F, x: F.LeakyReLU(x, slope=0.2),
 'elu': lambda F, x: F.LeakyReLU(x, act_type='elu', slope=0.5), 'gelu': lambda F, x: F.LeakyReLU(x, act_type='gelu'), 'selu': lambda F, x: F.LeakyReLU(x, act_type='selu'),
 'softrelu': lambda F, x: F.Activation(x, act_type='softrelu'), 'tanh': lambda F, x: F.Activation(x, act_type='tanh'), 'sig': lambda F, x: F.Activation(x, act_type='sigmoid'),
 'sq': lambda F, x: F.square(x), 'cumprodlike': lambda F, x: x * F.slice_axis(x, axis=1, begin=0, end=1), 'tile': lambda F, x: F.slice_axis(F.tile(x, reps=(1, 2)), axis=1, begin=1, end=5),
 'repeat': lambda F, x: F.slice_axis(F.repeat(x, repeats=2, axis=0), axis=0, begin=2, end=6), 'norm': lambda F, x: F.broadcast_div(x, F.norm(x) + 1),
 'sort': lambda F, x: F.sort(x, axis=1), 'topkv': lambda F, x: F.concat(F.topk(x, k=2, ret_typ='value', axis=1), F.topk(x, k=2, ret_typ='value', axis=1, is_ascend=True), dim=1),
 'pick': lambda F, x: F.broadcast_add(x, F.pick(x, F.zeros((4,)), axis=1, keepdims=True)), 'where': lambda F, x: F.where(x > 0, x, -x * 0.5),
 'swap': lambda F, x: F.swapaxes(x, 0, 1), 'expand': lambda F, x: F.sum(F.expand_dims(x, 0), axis=0),
 'bn_like': lambda F, x: F.broadcast_div(F.broadcast_sub(x, F.mean(x, axis=0, keepdims=True)), F.sqrt(F.mean(F.square(x), axis=0, keepdims=True) + 1e-3)),
 'ln': lambda F, x: F.LayerNorm(x, F.ones((4,)), F.zeros((4,))), 'dropout0': lambda F, x: F.Dropout(x, p=0.0), 'smoothl1': lambda F, x: F.smooth_l1(x, scalar=2.0),
 'prod': lambda F, x: F.broadcast_mul(x, F.prod(F.sigmoid(x), axis=0, keepdims=True)), 'nansum': lambda F, x: F.broadcast_add(x, F.nansum(x, axis=1, keepdims=True)),
 'cast': lambda F, x: F.cast(F.cast(x, 'float64'), 'float32'), 'addn': lambda F, x: F.add_n(x, x * 2, F.sin(x)), 'stack': lambda F, x: F.sum(F.stack(x, F.cos(x), axis=0), axis=0),
 'dot': lambda F, x: F.dot(x, x, transpose_a=True) * 0.1, 'bdot': lambda F, x: F.reshape(F.batch_dot(F.reshape(x, (2, 2, 4)), F.reshape(x, (2, 2, 4)), transpose_b=True), (2, 4)) if False else F.linalg.gemm2(x, x, alpha=0.1),
 'hardsig': lambda F, x: F.hard_sigmoid(x), 'erf': lambda F, x: F.erf(x), 'maxmin': lambda F, x: F.broadcast_maximum(x, F.min(x, axis=0, keepdims=True)),
 'mod': lambda F, x: F.broadcast_mod(x, F.ones((1, 4)) * 0.7), 'seqmask': lambda F, x: F.SequenceMask(F.expand_dims(x, 2), F.array([1, 2, 3, 4]) if False else F.ones((4,)) * 2, use_sequence_length=True).reshape((4, 4)) if False else F.SequenceMask(x, F.ones((4,)) * 2, use_sequence_length=True),
}
names = sorted(U)
class Net(gluon.HybridBlock):
    def __init__(self, prog):
        super(Net, self).__init__(); self.prog = prog
        with self.name_scope(): self.d = gluon.nn.Dense(4, flatten=False, in_units=4)
    def hybrid_forward(self, F, x):
        x = self.d(x)
        for n in self.prog: x = U[n](F, x)
        return x
rng = random.Random(5)
for trial in range(36):
    prog = [rng.choice(names) for _ in range(rng.randint(2, 6))]
    rs = np.random.RandomState(trial)
    x0 = nd.array(rs.uniform(-2, 2, (4, 4))); hg = nd.array(rs.uniform(-1, 1, (4, 4)))
    res = []
    for hyb in [False, True, 'static']:
        mx.random.seed(trial)
        net = Net(prog); net.initialize(mx.init.Uniform(1.0))
        if hyb: net.hybridize(static_alloc=hyb == 'static')
        x = x0.copy(); x.attach_grad()
        try:
            with autograd.record():
                o = net(x)
            o.backward(hg[:o.shape[0], :o.shape[1]] if o.ndim == 2 else None)
            res.append((repr(float(o.sum().asscalar())), repr(float(x.grad.sum().asscalar())), repr(float(net.d.weight.grad().sum().asscalar())), o.shape))
        except Exception as e:
            res.append((type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[0])[:150]))
    print(trial, prog, res[0], res[1] == res[0] or res[1], res[2] == res[0] or res[2])
