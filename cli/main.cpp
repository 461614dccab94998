#include "cli/app.hpp"

int main(int argc, char** argv)
{
    return mee::cli::run(argc, argv);
}
