# Straight Dope: VAE (sampling inside hybrid_forward), pix2pix U-Net pieces, ISSM/LDS linear algebra,
# and the custom DataIter the VQA chapter writes
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn

mx.random.seed(11)
np.random.seed(11)
ctx = mx.cpu()


class VAE(gluon.HybridBlock):
    def __init__(self, n_hidden=4, n_latent=2, n_layers=1, n_output=6, batch_size=2, act_type='relu', **kwargs):
        self.soft_zero = 1e-10
        self.n_latent = n_latent
        self.batch_size = batch_size
        self.output = None
        self.mu = None
        super(VAE, self).__init__(**kwargs)
        with self.name_scope():
            self.encoder = nn.HybridSequential(prefix='encoder')
            for i in range(n_layers):
                self.encoder.add(nn.Dense(n_hidden, activation=act_type))
            self.encoder.add(nn.Dense(n_latent * 2, activation=None))
            self.decoder = nn.HybridSequential(prefix='decoder')
            for i in range(n_layers):
                self.decoder.add(nn.Dense(n_hidden, activation=act_type))
            self.decoder.add(nn.Dense(n_output, activation='sigmoid'))

    def hybrid_forward(self, F, x):
        h = self.encoder(x)
        mu_lv = F.split(h, axis=1, num_outputs=2)
        mu = mu_lv[0]
        lv = mu_lv[1]
        self.mu = mu
        eps = F.random_normal(loc=0, scale=1, shape=(self.batch_size, self.n_latent), ctx=ctx)
        z = mu + F.exp(0.5 * lv) * eps
        y = self.decoder(z)
        self.output = y
        KL = 0.5 * F.sum(1 + lv - mu * mu - F.exp(lv), axis=1)
        logloss = F.sum(x * F.log(y + self.soft_zero) + (1 - x) * F.log(1 - y + self.soft_zero), axis=1)
        loss = -logloss - KL
        return loss


net = VAE()
net.collect_params().initialize(mx.init.Xavier(), ctx=ctx)
print(net)
x = nd.random.uniform(shape=(2, 6))
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': .01})
for hyb in (False, True):
    if hyb:
        net.hybridize()
    with autograd.record():
        loss = net(x)
    loss.backward()
    trainer.step(x.shape[0])
    print(hyb, loss.shape, np.round(loss.asnumpy(), 4))
print(type(net.mu).__name__)
print(sorted(net.collect_params().keys()))


# pix2pix U-Net block with skip connection, PatchGAN discriminator pieces
class UnetSkipUnit(gluon.HybridBlock):
    def __init__(self, inner_channels, outer_channels, inner_block=None, innermost=False, outermost=False,
                 use_dropout=False, use_bias=False):
        super(UnetSkipUnit, self).__init__()
        with self.name_scope():
            self.outermost = outermost
            en_conv = nn.Conv2D(channels=inner_channels, kernel_size=4, strides=2, padding=1,
                                in_channels=outer_channels, use_bias=use_bias)
            en_relu = nn.LeakyReLU(alpha=0.2)
            en_norm = nn.BatchNorm(momentum=0.1, in_channels=inner_channels)
            de_relu = nn.Activation(activation='relu')
            de_norm = nn.BatchNorm(momentum=0.1, in_channels=outer_channels)
            if innermost:
                de_conv = nn.Conv2DTranspose(channels=outer_channels, kernel_size=4, strides=2, padding=1,
                                             in_channels=inner_channels, use_bias=use_bias)
                encoder = [en_relu, en_conv]
                decoder = [de_relu, de_conv, de_norm]
                model = encoder + decoder
            elif outermost:
                de_conv = nn.Conv2DTranspose(channels=outer_channels, kernel_size=4, strides=2, padding=1,
                                             in_channels=inner_channels * 2)
                encoder = [en_conv]
                decoder = [de_relu, de_conv, nn.Activation(activation='tanh')]
                model = encoder + [inner_block] + decoder
            else:
                de_conv = nn.Conv2DTranspose(channels=outer_channels, kernel_size=4, strides=2, padding=1,
                                             in_channels=inner_channels * 2, use_bias=use_bias)
                encoder = [en_relu, en_conv, en_norm]
                decoder = [de_relu, de_conv, de_norm]
                model = encoder + [inner_block] + decoder
            if use_dropout:
                model += [nn.Dropout(rate=0.5)]
            self.model = nn.HybridSequential()
            with self.model.name_scope():
                for block in model:
                    self.model.add(block)

    def hybrid_forward(self, F, x):
        if self.outermost:
            return self.model(x)
        else:
            return F.concat(self.model(x), x, dim=1)


unet = UnetSkipUnit(4, 4, innermost=True)
unet = UnetSkipUnit(4, 4, unet, use_dropout=True)
unet = UnetSkipUnit(4, 3, unet, outermost=True)
print(unet)
img = nd.random.uniform(-1, 1, shape=(2, 3, 16, 16))
# (running this U-Net crashes MXNet 1.9.1 itself with SIGFPE in deferred shape inference: only its repr here)
print(nn.InstanceNorm(in_channels=3))
inorm = nn.InstanceNorm()
inorm.initialize()
print(np.round(inorm(img)[0, 0, 0].asnumpy(), 5))
print(nn.ReflectionPad2D(1)(img).shape)

# ISSM / LDS linear algebra
T, d = 3, 2
F_ = nd.array([[1., 1.], [0., 1.]])
g = nd.array([[0.5], [0.2]])
Sigma = nd.linalg.syrk(nd.array([[1., .2], [.1, 1.]]), alpha=1.0)
print(Sigma)
Lc = nd.linalg.potrf(Sigma)
# potri, trsm and slogdet rounded: OpenBLAS's float32 kernels (reciprocal diagonals, FMA) set their last bits
print(Lc, np.round((nd.linalg.potri(Lc)).asnumpy(), 5))
print(np.round((nd.linalg.trsm(Lc, nd.eye(2), transpose=False, rightside=False, alpha=1.0)).asnumpy(), 5))
print(nd.linalg.trmm(Lc, nd.array([[1., 2.], [3., 4.]])))
print(nd.linalg.gemm(F_, Sigma, nd.eye(2), alpha=1.0, beta=0.5, transpose_a=True))
print(nd.linalg.extractdiag(Sigma), nd.linalg.makediag(nd.array([1., 2.])))
print(nd.linalg.det(Sigma), nd.linalg.slogdet(Sigma)[0], np.round((nd.linalg.slogdet(Sigma)[1]).asnumpy(), 5))
mean = nd.zeros((d, 1)); cov = nd.eye(d)
obs = [1.0, 0.5, 1.5]
ll = 0.
for t in range(T):
    S = nd.linalg.gemm2(nd.linalg.gemm2(g, cov, transpose_a=True), g) + 0.1
    err = obs[t] - nd.linalg.gemm2(g, mean, transpose_a=True)
    ll = ll - 0.5 * (nd.log(2 * np.pi * S) + err * err / S)
    K = nd.linalg.gemm2(cov, g) / S
    mean = nd.linalg.gemm2(F_, mean + K * err)
    cov = nd.linalg.gemm2(nd.linalg.gemm2(F_, cov - nd.linalg.gemm2(K, nd.linalg.gemm2(g, cov, transpose_a=True))), F_, transpose_b=True)
print(np.round(ll.asnumpy(), 5), np.round(mean.asnumpy(), 5))


# the VQA chapter's hand-written DataIter
class VQAtrainIter(mx.io.DataIter):
    def __init__(self, img, sentences, answer, batch_size, buckets=None, invalid_label=-1,
                 text_name='text', img_name='image', label_name='softmax_label', dtype='float32', layout='NTC'):
        super(VQAtrainIter, self).__init__()
        self.batch_size = batch_size
        self.data = [np.asarray(sentences, dtype=dtype)]
        self.img = img
        self.answer = answer
        self.text_name, self.img_name, self.label_name = text_name, img_name, label_name
        self.dtype = dtype
        self.nddata, self.ndlabel = [], []
        self.major_axis = layout.find('N')
        self.default_bucket_key = 4
        self.provide_data = [mx.io.DataDesc(name=self.text_name, shape=(batch_size, 4), layout=layout),
                             mx.io.DataDesc(name=self.img_name, shape=(batch_size, img.shape[1]))]
        self.provide_label = [mx.io.DataDesc(name=self.label_name, shape=(batch_size,))]
        self.idx = [(0, i) for i in range(0, len(sentences) - batch_size + 1, batch_size)]
        self.curr_idx = 0
        self.reset()

    def reset(self):
        self.curr_idx = 0
        self.nddata = [nd.array(b, dtype=self.dtype) for b in self.data]
        self.ndlabel = nd.array(self.answer)

    def next(self):
        if self.curr_idx == len(self.idx):
            raise StopIteration
        i, j = self.idx[self.curr_idx]
        self.curr_idx += 1
        data = self.nddata[i][j:j + self.batch_size]
        img = nd.array(self.img[j:j + self.batch_size])
        label = self.ndlabel[j:j + self.batch_size]
        return mx.io.DataBatch([data, img], [label], pad=0, bucket_key=self.default_bucket_key,
                               provide_data=self.provide_data, provide_label=self.provide_label)


it = VQAtrainIter(np.arange(24).reshape((6, 4)), np.arange(24).reshape((6, 4)) % 5, np.arange(6) % 3, 2)
print(it.provide_data, it.provide_label)
for batch in it:
    print(batch.data[0].shape, batch.data[1].asnumpy().tolist(), batch.label[0], batch.bucket_key, batch.pad)
print(batch)
it.reset()
print(it.next().label[0].asnumpy())
print(it.iter_next() if hasattr(it, 'iter_next') else None)
