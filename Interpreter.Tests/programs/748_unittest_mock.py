# unittest.mock: patching a dependency, MagicMock behaviour, side effects, call assertions, spec.
from unittest import mock
import json
import os

class WeatherClient:
    def fetch(self, city):
        raise RuntimeError("network access in tests!")

def forecast(client, cities):
    out = {}
    for c in cities:
        try:
            data = client.fetch(c)
        except TimeoutError:
            out[c] = "timeout"
            continue
        out[c] = f"{data['temp']}C {data['sky']}"
    return out

client = mock.Mock(spec=WeatherClient)
client.fetch.side_effect = [{"temp": 21, "sky": "sunny"}, TimeoutError(), {"temp": 9, "sky": "rain"}]
print(forecast(client, ["Rome", "Oslo", "Bergen"]))
print(client.fetch.call_count, client.fetch.call_args, client.fetch.call_args_list)
client.fetch.assert_called_with("Bergen")
client.fetch.assert_any_call("Oslo")
try:
    client.fetch.assert_called_once()
except AssertionError as e:
    print("AssertionError:", e)
try:
    client.no_such_method
except AttributeError as e:
    print("AttributeError:", e)

m = mock.MagicMock()
m.config.get.return_value = "on"
print(m.config.get("x"), len(m), bool(m), m[3] is m.__getitem__.return_value, list(m))
m.__len__.return_value = 7
m.__getitem__.side_effect = lambda k: k * 2
print(len(m), m[5], m["ab"], 5 in m)
with m as ctx:
    print(ctx is m.__enter__.return_value)
print(m.mock_calls[:3])
m.reset_mock()
print(m.mock_calls, m.config.get.called)

def save(path, data):
    if os.path.exists(path):
        raise FileExistsError(path)
    with open(path, "w") as fh:
        json.dump(data, fh)
    return os.path.getsize(path)

with mock.patch("os.path.exists", return_value=False) as exists, \
        mock.patch("builtins.open", mock.mock_open()) as fake_open, \
        mock.patch("os.path.getsize", return_value=11):
    print(save("/etc/cfg.json", {"a": 1}))
    exists.assert_called_once_with("/etc/cfg.json")
    fake_open.assert_called_once_with("/etc/cfg.json", "w")
    handle = fake_open()
    print(handle.write.call_args_list)

@mock.patch("os.getcwd")
def where(fake_cwd):
    fake_cwd.return_value = "/fake"
    return os.getcwd()
print(where(), os.getcwd() != "/fake")

with mock.patch.dict(os.environ, {"APP_MODE": "test"}, clear=False):
    print(os.environ["APP_MODE"])
print("APP_MODE" in os.environ)

with mock.patch.object(WeatherClient, "fetch", return_value={"temp": 30, "sky": "clear"}) as f:
    print(forecast(WeatherClient(), ["Cairo"]), f.call_args)

with mock.patch("builtins.open", mock.mock_open(read_data="l1\nl2\n")):
    with open("any") as fh:
        print(fh.readlines())

am = mock.create_autospec(WeatherClient)
am.fetch("Paris")
try:
    am.fetch()
except TypeError as e:
    print("TypeError:", e)
print(am.fetch.mock_calls == [mock.call("Paris")], mock.call.a(1).b(2))
s = mock.sentinel.token
print(s is mock.sentinel.token, s, mock.ANY == object())
p = mock.PropertyMock(return_value=3)
class Box:
    pass
type(b := Box()).size = p
print(b.size, p.call_count)
nc = mock.NonCallableMock(name="thing")
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
