"""d2l-en GANs: a Gaussian GAN with Dense nets, detach(), SigmoidBCELoss and two Adam trainers; and a DCGAN
with Conv2DTranspose/BatchNorm/ReLU generator blocks, Conv2D/BatchNorm/LeakyReLU discriminator blocks, an
ImageFolderDataset with Resize/ToTensor/Normalize(0.5, 0.5), and training steps with beta1=0.5."""
import os, random, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

X = np.random.normal(0.0, 1, (100, 2))
A = np.array([[1, 2], [-0.1, 0.5]])
b = np.array([1, 2])
data = np.dot(X, A) + b
print(data.shape, data.dtype, data[:2])
print(f'The covariance matrix is\n{np.dot(A.T, A)}')
batch_size = 8
data_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(data), batch_size, shuffle=True)
net_G = nn.Sequential()
net_G.add(nn.Dense(2))
net_D = nn.Sequential()
net_D.add(nn.Dense(5, activation='tanh'), nn.Dense(3, activation='tanh'), nn.Dense(1))


def update_D(X, Z, net_D, net_G, loss, trainer_D):
    batch_size = X.shape[0]
    ones = np.ones((batch_size,), ctx=X.ctx)
    zeros = np.zeros((batch_size,), ctx=X.ctx)
    with autograd.record():
        real_Y = net_D(X)
        fake_X = net_G(Z)
        fake_Y = net_D(fake_X.detach())
        loss_D = (loss(real_Y, ones) + loss(fake_Y, zeros)) / 2
    loss_D.backward()
    trainer_D.step(batch_size)
    return float(loss_D.sum())


def update_G(Z, net_D, net_G, loss, trainer_G):
    batch_size = Z.shape[0]
    ones = np.ones((batch_size,), ctx=Z.ctx)
    with autograd.record():
        fake_X = net_G(Z)
        fake_Y = net_D(fake_X)
        loss_G = loss(fake_Y, ones)
    loss_G.backward()
    trainer_G.step(batch_size)
    return float(loss_G.sum())


def train(net_D, net_G, data_iter, num_epochs, lr_D, lr_G, latent_dim, data):
    loss = gluon.loss.SigmoidBCELoss()
    net_D.initialize(init=init.Normal(0.02), force_reinit=True)
    net_G.initialize(init=init.Normal(0.02), force_reinit=True)
    trainer_D = gluon.Trainer(net_D.collect_params(), 'adam', {'learning_rate': lr_D})
    trainer_G = gluon.Trainer(net_G.collect_params(), 'adam', {'learning_rate': lr_G})
    for epoch in range(num_epochs):
        metric = [0.0, 0.0, 0]
        for X in data_iter:
            batch_size = X.shape[0]
            Z = np.random.normal(0, 1, size=(batch_size, latent_dim))
            metric[0] += update_D(X, Z, net_D, net_G, loss, trainer_D)
            metric[1] += update_G(Z, net_D, net_G, loss, trainer_G)
            metric[2] += batch_size
        Z = np.random.normal(0, 1, size=(4, latent_dim))
        fake_X = net_G(Z).asnumpy()
        loss_D, loss_G = metric[0] / metric[2], metric[1] / metric[2]
        print(f'loss_D {loss_D:.4f}, loss_G {loss_G:.4f}', type(fake_X).__name__, fake_X.shape, fake_X[0].round(4))


train(net_D, net_G, data_iter, 2, 0.05, 0.005, 2, data[:100].asnumpy())
print(net_D, net_G[0].weight.data().round(4))


def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'pokemon', '001'))
os.makedirs(os.path.join(root, 'pokemon', '002'))
for i in range(6):
    write_png(os.path.join(root, 'pokemon', '00%d' % (1 + i % 2), '%d.png' % i),
              onp.random.randint(0, 256, (20, 20, 3)).astype(onp.uint8))
pokemon = gluon.data.vision.datasets.ImageFolderDataset(os.path.join(root, 'pokemon'))
batch_size = 3
transformer = gluon.data.vision.transforms.Compose([
    gluon.data.vision.transforms.Resize(16), gluon.data.vision.transforms.ToTensor(),
    gluon.data.vision.transforms.Normalize(0.5, 0.5)])
data_iter = gluon.data.DataLoader(pokemon.transform_first(transformer), batch_size=batch_size, shuffle=True)
for X, y in data_iter:
    imgs = X[0:2, :, :, :].transpose(0, 2, 3, 1) / 2 + 0.5
    print(X.shape, y, imgs.shape, imgs[0, 0, :2])
    break


class G_block(nn.Block):
    def __init__(self, channels, kernel_size=4, strides=2, padding=1, **kwargs):
        super(G_block, self).__init__(**kwargs)
        self.conv2d_trans = nn.Conv2DTranspose(channels, kernel_size, strides, padding, use_bias=False)
        self.batch_norm = nn.BatchNorm()
        self.activation = nn.Activation('relu')

    def forward(self, X):
        return self.activation(self.batch_norm(self.conv2d_trans(X)))


x = np.zeros((2, 3, 16, 16))
g_blk = G_block(20)
g_blk.initialize()
print(g_blk(x).shape)
x = np.zeros((2, 3, 1, 1))
g_blk = G_block(20, strides=1, padding=0)
g_blk.initialize()
print(g_blk(x).shape, g_blk)

n_G = 4
net_G = nn.Sequential()
net_G.add(G_block(n_G * 4, strides=1, padding=0), G_block(n_G * 2),
          nn.Conv2DTranspose(3, kernel_size=4, strides=2, padding=1, use_bias=False, activation='tanh'))
x = np.zeros((1, 10, 1, 1))
net_G.initialize()
print(net_G(x).shape)
alphas = [0, .2, .4, .6, .8, 1]
x = np.arange(-2, 1, 0.1)
Y = [nn.LeakyReLU(alpha)(x).asnumpy() for alpha in alphas]
print([y[:3].round(4).tolist() for y in Y[:3]], nn.LeakyReLU(0.2))


class D_block(nn.Block):
    def __init__(self, channels, kernel_size=4, strides=2, padding=1, alpha=0.2, **kwargs):
        super(D_block, self).__init__(**kwargs)
        self.conv2d = nn.Conv2D(channels, kernel_size, strides, padding, use_bias=False)
        self.batch_norm = nn.BatchNorm()
        self.activation = nn.LeakyReLU(alpha)

    def forward(self, X):
        return self.activation(self.batch_norm(self.conv2d(X)))


x = np.zeros((2, 3, 16, 16))
d_blk = D_block(20)
d_blk.initialize()
print(d_blk(x).shape, d_blk)
n_D = 4
net_D = nn.Sequential()
net_D.add(D_block(n_D), D_block(n_D * 2), nn.Conv2D(1, kernel_size=4, use_bias=False))
x = np.zeros((1, 3, 16, 16))
net_D.initialize()
print(net_D(x).shape)

latent_dim, lr = 10, 0.005
loss = gluon.loss.SigmoidBCELoss()
device = mx.cpu()
net_D.initialize(init=init.Normal(0.02), force_reinit=True, ctx=device)
net_G.initialize(init=init.Normal(0.02), force_reinit=True, ctx=device)
trainer_hp = {'learning_rate': lr, 'beta1': 0.5}
trainer_D = gluon.Trainer(net_D.collect_params(), 'adam', trainer_hp)
trainer_G = gluon.Trainer(net_G.collect_params(), 'adam', trainer_hp)
print(trainer_D.optimizer.beta1, trainer_G.learning_rate)
for X, _ in data_iter:
    batch_size = X.shape[0]
    Z = np.random.normal(0, 1, size=(batch_size, latent_dim, 1, 1))
    X, Z = X.as_in_ctx(device), Z.as_in_ctx(device)
    lD = update_D(X, Z, net_D, net_G, loss, trainer_D)
    lG = update_G(Z, net_D, net_G, loss, trainer_G)
    print(Z.shape, '%.3f %.3f' % (lD, lG))
Z = np.random.normal(0, 1, size=(2, latent_dim, 1, 1), ctx=device)
fake_x = net_G(Z).transpose(0, 2, 3, 1) / 2 + 0.5
print(fake_x.shape, float(fake_x.min()) >= 0, float(fake_x.max()) <= 1)
print(net_G[0].batch_norm.running_mean.data()[:3].round(4), net_D[0].batch_norm.running_var.data()[:3].round(4))
