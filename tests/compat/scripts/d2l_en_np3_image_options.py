"""d2l-en image pipelines at their options under npx.set_np(): crop/resize transforms with interpolation modes,
random transforms drawing from MXNet's generators, mx.image crop/resize helpers, ImageFolderDataset flag=0 and
transform=, imread/imdecode flags."""
import os, random, struct, tempfile, zlib, numpy as onp, mxnet as mx
from mxnet import np, npx, gluon, image
npx.set_np(); mx.random.seed(3); onp.random.seed(3); random.seed(3)
T = gluon.data.vision.transforms
img = np.array(onp.random.randint(0, 256, (11, 13, 3)), dtype='uint8')
f32 = img.astype('float32') / 255
def s(a): return (a.shape, str(a.dtype), round(float(a.astype('float64').sum()), 3))
for t in [T.CropResize(1, 2, 5, 6), T.CropResize(1, 2, 5, 6, size=(3, 3), interpolation=2)]:
    try:
        print(t(img))
    except TypeError as e:          # MXNet's CropResize runs the legacy crop operator
        print(type(t).__name__, 'TypeError')
    try:
        print(t(img.as_nd_ndarray()))
    except TypeError as e:          # and a legacy result fails the NumPy-mode output check
        print(type(t).__name__, 'TypeError')
for t in [T.Resize(7, interpolation=0), T.Resize((5, 9), interpolation=2), T.Resize(4, keep_ratio=True, interpolation=3),
          T.RandomResizedCrop(6, interpolation=0), T.RandomResizedCrop((4, 7), scale=(0.5, 0.9), ratio=(0.8, 1.2)),
          T.RandomApply(T.RandomFlipLeftRight(), p=0.5), T.RandomLighting(0.5), T.RandomSaturation(0.3), T.RandomContrast(0.3)]:
    print(type(t).__name__, [s(t(img)) for _ in range(3)])
for t in [T.RandomRotation((-30, 30)), T.Rotate(20), T.RandomLighting(0.5), T.RandomHue(0.2)]:
    try: print(type(t).__name__, [s(t(f32.transpose(2, 0, 1) if 'Rot' in type(t).__name__ else f32)) for _ in range(2)])
    except Exception as e: print(type(t).__name__, type(e).__name__)
print(s(image.imresize(img, 6, 4, interp=0)), s(image.imresize(img, 20, 25, interp=3)), s(image.resize_short(img, 5)))
print(s(image.center_crop(img, (5, 4))[0]), image.center_crop(img, (5, 4))[1], image.random_crop(img, (5, 4))[1])
print(image.random_size_crop(img, (5, 5), (0.3, 1.0), (0.75, 1.33))[1])
print(s(image.color_normalize(f32, np.array([0.5, 0.4, 0.3]), np.array([0.2, 0.2, 0.2]))))
def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
root = tempfile.mkdtemp()
for c in ['b', 'a']:
    os.makedirs(os.path.join(root, c))
    for i in range(2):
        write_png(os.path.join(root, c, '%d.PNG' % i if i else '%d.png' % i), onp.random.randint(0, 256, (5, 6, 3)).astype(onp.uint8))
ds = gluon.data.vision.ImageFolderDataset(root, flag=0)
print(ds.synsets, [os.path.basename(p) for p, _ in ds.items], s(ds[0][0]), ds[0][1])
ds2 = gluon.data.vision.ImageFolderDataset(root, transform=lambda d, l: (d.astype('float32') / 255, l + 10))
print(s(ds2[1][0]), ds2[1][1], type(ds2[1][1]).__name__)
print(s(image.imread(os.path.join(root, 'a', '0.png'), flag=0)), s(image.imread(os.path.join(root, 'a', '0.png'), to_rgb=False)))
with open(os.path.join(root, 'a', '0.png'), 'rb') as f: buf = f.read()
print(s(image.imdecode(buf)), s(image.imdecode(bytearray(buf), flag=0)))
