#pragma once
// Results of lower layers: a value, or a message for the command layer to
// print as "mee: error: …" with exit status 2.

#include <string>
#include <utility>
#include <variant>

namespace mee {

struct Failure {
    std::string message;
};

template <class T>
class Expected {
public:
    Expected(T value) : v_(std::move(value)) {}
    Expected(Failure failure) : v_(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(v_); }
    const T& value() const { return std::get<T>(v_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const std::string& error() const { return std::get<Failure>(v_).message; }

private:
    std::variant<T, Failure> v_;
};

}  // namespace mee
