"""d2l-en neural style transfer: vgg19 from model_zoo (built locally) truncated with an nn.Sequential,
imresize pre/post-processing, content/style(Gram)/TV losses, a Block holding the image as its parameter,
init.Constant with force_reinit, Adam with set_learning_rate."""
import os, random, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, image, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)


def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
write_png(os.path.join(root, 'rainier.png'), onp.random.randint(0, 256, (30, 40, 3)).astype(onp.uint8))
write_png(os.path.join(root, 'autumn.png'), onp.random.randint(0, 256, (28, 36, 3)).astype(onp.uint8))
content_img = image.imread(os.path.join(root, 'rainier.png'))
style_img = image.imread(os.path.join(root, 'autumn.png'))

rgb_mean = np.array([0.485, 0.456, 0.406])
rgb_std = np.array([0.229, 0.224, 0.225])


def preprocess(img, image_shape):
    img = image.imresize(img, *image_shape)
    img = (img.astype('float32') / 255 - rgb_mean) / rgb_std
    return np.expand_dims(img.transpose(2, 0, 1), axis=0)


def postprocess(img):
    img = img[0].as_in_ctx(rgb_std.ctx)
    return (img.transpose(1, 2, 0) * rgb_std + rgb_mean).clip(0, 1)


image_shape = (16, 12)
c = preprocess(content_img, image_shape)
print(c.shape, c.dtype, c[0, :, 0, :3])
p = postprocess(c)
print(p.shape, p[0, :3])
r = image.imresize(content_img, 16, 12)
print(r.shape, r.dtype, int(r.astype('int64').sum()))
print(r[0, :2])

pretrained_net = gluon.model_zoo.vision.vgg19()
print(len(pretrained_net.features), pretrained_net.features[0], pretrained_net.features[4])
style_layers, content_layers = [0, 5, 10], [7]
net = nn.Sequential()
for i in range(max(content_layers + style_layers) + 1):
    net.add(pretrained_net.features[i])
net.initialize(init.Xavier())
print(net)


def extract_features(X, content_layers, style_layers):
    contents = []
    styles = []
    for i in range(len(net)):
        X = net[i](X)
        if i in style_layers:
            styles.append(X)
        if i in content_layers:
            contents.append(X)
    return contents, styles


def get_contents(image_shape, device):
    content_X = preprocess(content_img, image_shape).copyto(device)
    contents_Y, _ = extract_features(content_X, content_layers, style_layers)
    return content_X, contents_Y


def get_styles(image_shape, device):
    style_X = preprocess(style_img, image_shape).copyto(device)
    _, styles_Y = extract_features(style_X, content_layers, style_layers)
    return style_X, styles_Y


def content_loss(Y_hat, Y):
    return np.square(Y_hat - Y).mean()


def gram(X):
    num_channels, n = X.shape[1], X.size // X.shape[1]
    X = X.reshape((num_channels, n))
    return np.dot(X, X.T) / (num_channels * n)


def style_loss(Y_hat, gram_Y):
    return np.square(gram(Y_hat) - gram_Y).mean()


def tv_loss(Y_hat):
    return 0.5 * (np.abs(Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).mean() +
                  np.abs(Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).mean())


content_weight, style_weight, tv_weight = 1, 1e3, 10


def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    contents_l = [content_loss(Y_hat, Y) * content_weight for Y_hat, Y in zip(contents_Y_hat, contents_Y)]
    styles_l = [style_loss(Y_hat, Y) * style_weight for Y_hat, Y in zip(styles_Y_hat, styles_Y_gram)]
    tv_l = tv_loss(X) * tv_weight
    l = sum(10 * styles_l + contents_l + [tv_l])
    return contents_l, styles_l, tv_l, l


class SynthesizedImage(nn.Block):
    def __init__(self, img_shape, **kwargs):
        super(SynthesizedImage, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=img_shape)

    def forward(self):
        return self.weight.data()


def get_inits(X, device, lr, styles_Y):
    gen_img = SynthesizedImage(X.shape)
    gen_img.initialize(init.Constant(X), ctx=device, force_reinit=True)
    trainer = gluon.Trainer(gen_img.collect_params(), 'adam', {'learning_rate': lr})
    styles_Y_gram = [gram(Y) for Y in styles_Y]
    return gen_img(), styles_Y_gram, trainer


device = mx.cpu()
content_X, contents_Y = get_contents(image_shape, device)
_, styles_Y = get_styles(image_shape, device)
print([y.shape for y in contents_Y], [y.shape for y in styles_Y])
g = gram(styles_Y[0])
print(g.shape, g.dtype)
X, styles_Y_gram, trainer = get_inits(content_X, device, 0.9, styles_Y)
print(type(X).__name__, X.shape, bool((X == content_X).all()))
print(trainer.learning_rate)
for epoch in range(4):
    with autograd.record():
        contents_Y_hat, styles_Y_hat = extract_features(X, content_layers, style_layers)
        contents_l, styles_l, tv_l, l = compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram)
    l.backward()
    trainer.step(1)
    npx.waitall()
    if (epoch + 1) % 2 == 0:
        trainer.set_learning_rate(trainer.learning_rate * 0.8)
    print(epoch, type(l).__name__, l.shape, len(styles_l), '%.3g' % float(tv_l), trainer.learning_rate)
out = postprocess(X)
print(out.shape, out.dtype, float(out.min()) >= 0, float(out.max()) <= 1)
print(gen := SynthesizedImage((1, 2)))
gen.initialize(init.Constant(np.ones((1, 2))))
print(gen(), gen.weight)
